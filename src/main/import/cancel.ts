/**
 * A cancel flag a long synchronous loop can poll. It lives in a SharedArrayBuffer, so a flag
 * created on the main thread can be set there while a worker runs the loop, or be passed to
 * a loop running on the main thread and set by whatever handles the user's 取消 button.
 */
export interface CancelToken {
  readonly cancelled: boolean;
}

export interface CancelFlag {
  token: CancelToken;
  buffer: SharedArrayBuffer;
  cancel(): void;
  /** Clears the flag for the next long job sharing the same buffer. */
  reset(): void;
}

export function createCancelFlag(buffer: SharedArrayBuffer = new SharedArrayBuffer(4)): CancelFlag {
  const cell = new Int32Array(buffer);
  return {
    buffer,
    token: {
      get cancelled() {
        return Atomics.load(cell, 0) === 1;
      },
    },
    cancel() {
      Atomics.store(cell, 0, 1);
    },
    reset() {
      Atomics.store(cell, 0, 0);
    },
  };
}
