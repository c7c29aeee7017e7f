/** What grid cells can ask of the app (passed as AG Grid's `context`). */
export interface GridContext {
  openEnterprise?(id: number): void;
  /** 家 / 项 / 件: what a county band counts its rows in (countyGroups.tsx). */
  measure?: string;
}
