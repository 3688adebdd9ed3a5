/** Moves focus to an element once React has drawn it (a row just added, or the button after one removed). */
export function focusSoon(id: string): void {
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
}
