import { chromium } from 'playwright-core';
import { scratchRepo } from '/work/main/tests/browser/editor/scratch';
import { startWiki } from '/work/main/scripts/wiki';
import { logIn, fieldWithValue, save } from '/work/main/tests/browser/editor/decap';
const s = scratchRepo('/work/main');
const w = await startWiki({ repo: s.dir, dist: '/work/main/dist', port: 0, quiet: true });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.setDefaultTimeout(15000);
p.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 500)));
p.on('response', async (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url(), r.request().postData()?.slice(0,200)); });
try {
await logIn(p, w.url + '/contribuer/editer/#/collections/protocoles/entries/emballage');
const f = await fieldWithValue(p, 'Mettre des gants propres et travailler dans la zone propre.');
await f.fill('Mettre des gants propres et neufs, et travailler dans la zone propre.');
await save(p);
await p.waitForTimeout(2500);
await p.screenshot({ path: '/tmp/ed3.png' });
console.log(s.git('branch', '-a'));
console.log(s.git('diff', 'main', 'cms/protocoles/emballage').slice(0, 3000));
} catch (e) { console.log('ERR', e.message.slice(0, 500)); await p.screenshot({ path: '/tmp/ed3.png' }); }
await b.close(); await w.close(); s.remove();
