/** What grid cells can ask of the app (passed as AG Grid's `context`). */
export interface GridContext {
  openEnterprise?(id: number): void;
}
