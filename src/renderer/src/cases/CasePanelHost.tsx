import { useEffect, useState } from 'react';
import { publish, subscribe } from '../grid/rowBus';
import { CaseWorkflowPanel } from './CaseWorkflowPanel';
import { answeredByLastEdit, refreshCaseDeadlines } from './deadlineStore';

/** Any screen may ask for a case's 办理 panel; one host, mounted once by the app, shows it. */
const openers = new Set<(id: number) => void>();

export function openCasePanel(id: number): void {
  for (const open of openers) open(id);
}

export function CasePanelHost() {
  const [caseId, setCaseId] = useState<number | null>(null);
  useEffect(() => {
    openers.add(setCaseId);
    return () => void openers.delete(setCaseId);
  }, []);
  // Countdowns in every case grid follow each saved change of a case (a notice date moves the
  // deadline). A grid edit's answer brings its cases' rows along (gridSpec.ts); other changes
  // (undo, redo, a deletion with the enterprise) fetch the list again.
  useEffect(() => {
    void refreshCaseDeadlines().catch(() => {});
    return subscribe((m) => {
      const stale = m.kind === 'reload' ? m.entities.includes('case') : !!m.rows.cases?.length && !answeredByLastEdit(m.rows.cases.map((c) => c.id));
      if (stale) void refreshCaseDeadlines().catch(() => {});
    });
  }, []);
  return (
    <CaseWorkflowPanel
      caseId={caseId}
      onClose={() => setCaseId(null)}
      onChanged={() => {
        void refreshCaseDeadlines();
        // The step changed the case's status and dates: the grids show them again from main.
        publish({ kind: 'reload', entities: ['case'], source: 'workflow' });
      }}
    />
  );
}
