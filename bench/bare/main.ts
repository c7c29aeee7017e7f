import { AllCommunityModule, ModuleRegistry, createGrid, themeQuartz, type ColDef } from 'ag-grid-community';

/**
 * The benchmark's yardstick: AG Grid alone, no React, no app, showing the same 100,000 lines
 * fetched through the same harness channel, with the same columns in the same order.
 */
ModuleRegistry.registerModules([AllCommunityModule]);

type Line = Record<string, unknown> & { id: number };
const FIELDS = [
  'enterpriseName', 'name', 'spec', 'capacity', 'capacityUnit', 'plannedExitDate', 'quantity', 'quantityUnit', 'exitMethod', 'planYear',
  'process', 'catalogueItem', 'exitDate', 'acceptanceDate', 'acceptanceOpinion', 'acceptanceBy', 'localUnit', 'supervisingDept', 'notes', 'updatedAt',
];

const token = new URLSearchParams(location.search).get('token') ?? '';
const response = await fetch('/api/lines:list', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-Ledger-Token': token },
  body: '{}',
});
const result = (await response.json()) as { ok: boolean; value: Line[] };
// `&county`: a city ledger's grid, whose first column is 县（市、区）, pinned (bench/cityGrid.ts).
const county: ColDef<Line>[] = new URLSearchParams(location.search).has('county') ? [{ field: 'county', width: 130, pinned: 'left' }] : [];
const columnDefs: ColDef<Line>[] = [...county, ...FIELDS.map((field) => ({ field, width: 120 }))];
createGrid(document.getElementById('grid')!, {
  theme: themeQuartz,
  rowData: result.value,
  columnDefs,
  getRowId: (p) => String(p.data.id),
});
