// The roles (www/state.js) name schemes only by the catalogue's ids: a scheme renamed or removed
// in the engine fails here, not silently on the page. The catalogue is the one list of schemes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROLES } from '../../www/state.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const catalogue = (lang) => JSON.parse(fs.readFileSync(path.join(ROOT, `www/pkg/texts-${lang}.json`), 'utf8'));

test('every scheme a role judges is a scheme of the catalogue, in both languages', () => {
  for (const lang of ['sv', 'en']) {
    const schemes = Object.keys(catalogue(lang).schemes);
    for (const [role, { scope }] of Object.entries(ROLES)) {
      if (scope === null) continue; // every scheme
      assert.ok(scope.length, `${role} judges some scheme`);
      for (const id of scope) assert.ok(schemes.includes(id), `${role}: ${id} is not in the ${lang} catalogue (${schemes.join(', ')})`);
    }
  }
});
