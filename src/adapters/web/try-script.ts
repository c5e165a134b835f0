/**
 * Makes the try box answer in place, as you type. Without it the form is a plain GET to /try,
 * which renders the same answer server-side. The answer arrives as HTML the server escaped;
 * it is parsed, never evaluated (the CSP allows no inline script anyway).
 */
export const TRY_SCRIPT = `'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form.try');
  if (!form || !document.getElementById('try-answer')) return;
  const input = form.querySelector('input[name="film"]');
  let latest = 0;
  let timer = 0;
  const ask = async () => {
    const asked = ++latest;
    const url = form.action + '?' + new URLSearchParams(new FormData(form)).toString();
    try {
      const res = await fetch(url, { headers: { accept: 'text/html' } });
      const page = new DOMParser().parseFromString(await res.text(), 'text/html');
      const fresh = page.getElementById('try-answer');
      const shown = document.getElementById('try-answer');
      if (asked === latest && fresh && shown) shown.replaceWith(document.adoptNode(fresh));
    } catch {
      if (asked === latest) form.submit();
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void ask();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void ask(), 300);
  });
});
`;
