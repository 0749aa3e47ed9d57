// The language switcher keeps the reader's query and fragment (customizer parameters, search
// terms, a section): the other language's page reads the same ones. The customizer rewrites
// the URL with history.replaceState, which fires no event, so the link is brought up to date
// at load, on history navigation and again just before it is followed, focused or copied. The
// customizer first writes the values it holds back when asked with ADDRESS_NEEDED
// (customizer/address.ts). The name is repeated here so that every page need not load that
// module; the language-switcher browser test follows the link right after a change.
const link = document.querySelector<HTMLAnchorElement>('a.lang-switch[data-same-page]');
if (link) {
  const base = link.getAttribute('href') ?? '';
  const update = () => {
    dispatchEvent(new Event('usinette:address-needed'));
    link.href = base + location.search + location.hash;
  };
  update();
  addEventListener('popstate', update);
  addEventListener('hashchange', update);
  for (const type of ['pointerdown', 'focus', 'click', 'auxclick', 'contextmenu'] as const) link.addEventListener(type, update);
}
