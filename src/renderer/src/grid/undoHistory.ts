/**
 * The undo and redo stacks of one grid. They hold what the app needs to reverse an action (the
 * audit batch id, the drafts it added), never grid state, so sorting or filtering cannot clear
 * them — unlike AG Grid's own undo. A new action clears what could be redone.
 */
export class UndoHistory<E> {
  private done: E[] = [];
  private undone: E[] = [];
  constructor(private readonly limit = 200) {}

  push(entry: E): void {
    this.done.push(entry);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** The action to undo, taken off the stack; put it back with `restoreUndo` if undo fails. */
  takeUndo(): E | undefined {
    return this.done.pop();
  }
  restoreUndo(entry: E): void {
    this.done.push(entry);
  }
  /** After an undo succeeded: the reversal, ready to be redone. */
  pushRedo(entry: E): void {
    this.undone.push(entry);
  }

  takeRedo(): E | undefined {
    return this.undone.pop();
  }
  restoreRedo(entry: E): void {
    this.undone.push(entry);
  }
  /** After a redo succeeded: undoable again, without clearing the rest of the redo stack. */
  pushDone(entry: E): void {
    this.done.push(entry);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }
  get canRedo(): boolean {
    return this.undone.length > 0;
  }
}
