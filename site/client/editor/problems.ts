// The list of what blocks a save, kept on screen (Decap's own message fades after a few seconds
// and runs lines together): one problem per line, field named by its label, until the next save
// succeeds or the person closes it.
const PANEL = 'editor-problems';

export function showProblems(problems: string[]) {
  hideProblems();
  const panel = document.createElement('section');
  panel.className = PANEL;
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', `${PANEL}-title`);
  const title = document.createElement('h2');
  title.id = `${PANEL}-title`;
  title.textContent = 'À corriger avant d’enregistrer (rien n’a été écrit)';
  const list = document.createElement('ul');
  for (const p of problems) {
    const item = document.createElement('li');
    item.textContent = p;
    list.append(item);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Fermer';
  close.addEventListener('click', hideProblems);
  panel.append(title, list, close);
  document.body.append(panel);
}

export function hideProblems() {
  document.querySelector(`.${PANEL}`)?.remove();
}
