// The language switcher keeps the reader's query and fragment (customizer parameters, search
// terms, a section): the other language's page reads the same ones. The customizer rewrites
// the URL with history.replaceState, which fires no event, so the link is brought up to date
// at load, on history navigation and again just before it is followed, focused or copied (the
// customizer first writes the values it holds back: customizer/address.ts).
import { ADDRESS_NEEDED } from './customizer/address';
const link = document.querySelector<HTMLAnchorElement>('a.lang-switch[data-same-page]');
if (link) {
  const base = link.getAttribute('href') ?? '';
  const update = () => {
    dispatchEvent(new Event(ADDRESS_NEEDED));
    link.href = base + location.search + location.hash;
  };
  update();
  addEventListener('popstate', update);
  addEventListener('hashchange', update);
  for (const type of ['pointerdown', 'focus', 'click', 'auxclick', 'contextmenu'] as const) link.addEventListener(type, update);
}
