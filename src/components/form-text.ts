/** The text of a named field in a submitted form ('' when absent or a file). */
export function formText(form: HTMLFormElement, name: string): string {
  const v = new FormData(form).get(name);
  return typeof v === 'string' ? v : '';
}
