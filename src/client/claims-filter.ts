// Filters the claims page's list by model and by kind of source, keeping the choice in the address.
// Without JavaScript the filters stay hidden (data-needs-js) and every entry is listed.

/** Wires the filters of the claims page, if it has them. */
export function startClaimsFilter(): void {
  const form = document.querySelector<HTMLFormElement>('#claims-filters');
  if (!form) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('table[data-claims] tbody tr')];
  const count = document.getElementById('claims-count');
  const empty = document.getElementById('claims-empty');
  const template = form.dataset['count'] ?? '{shown}/{total}';

  const apply = () => {
    const wanted = Object.fromEntries(selects.map((s) => [s.name, s.value]));
    let shown = 0;
    for (const row of rows) {
      const match = selects.every((s) => !wanted[s.name] || row.dataset[s.name] === wanted[s.name]);
      row.hidden = !match;
      if (match) shown++;
    }
    if (count) count.textContent = template.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
    if (empty) empty.hidden = shown > 0;
  };
  const remember = () => {
    const params = new URLSearchParams(location.search);
    for (const s of selects) {
      if (s.value) params.set(s.name, s.value);
      else params.delete(s.name);
    }
    const query = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  };

  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const value = params.get(s.name) ?? '';
    // An unknown value in a link falls back to "all".
    s.value = [...s.options].some((o) => o.value === value) ? value : '';
  }
  form.addEventListener('change', () => {
    apply();
    remember();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
