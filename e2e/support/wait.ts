import { expect } from 'vitest';

/** True once `check` holds, false when it has not within `timeout` ms (for a step that may be tried again). */
export const holds = (check: () => Promise<boolean>, timeout: number): Promise<boolean> =>
  expect
    .poll(check, { timeout })
    .toBe(true)
    .then(
      () => true,
      () => false,
    );

/**
 * Does a step the server must record (a confirmed dialog, a vote) and waits until the API shows it. On a loaded
 * machine a click can land while a dialog is still animating and be lost; `act` is then done again from wherever
 * the screen is (it must look at the screen first), up to three times. A step that never reaches the server fails.
 */
export async function untilServerHas(
  what: string,
  act: () => Promise<void>,
  done: () => Promise<boolean>,
): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    await act();
    if (await holds(done, 20_000)) return;
  }
  throw new Error(`the server never recorded: ${what}`);
}
