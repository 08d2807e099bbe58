// <rehab-kollen>: Rehabkollen on a partner's page, in a Shadow DOM, under a strict CSP.
//   <script type="module" src="https://partner.example/rehabkollen/rehabkollen-embed.js"></script>
//   <rehab-kollen lang="sv" mode="employer" data-sector="municipality"></rehab-kollen>
// It finds its wasm and CSS next to itself (import.meta.url), defines no global but the element,
// and sends nothing anywhere: answers stay in the element unless the host reads them.
import init, * as engine from './pkg/rehabkollen.js';
import { mount } from './ui.js';

let ready = null; // the wasm is loaded once per page, on first use
const load = () => (ready ??= init({ module_or_path: new URL('./pkg/rehabkollen_bg.wasm', import.meta.url) }));

/** Non-personal facts a partner may prefill with data-* attributes: attribute → answers path. */
const PREFILL = {
  'data-sector': ['employer', 'sector'],
  'data-ags-insurance': ['employer', 'ags_insurance'],
  'data-medarbetaravtal': ['employer', 'medarbetaravtal'],
  'data-fk-approved': ['provider', 'fk_approved'],
  'data-ivo-permit': ['provider', 'ivo_permit'],
  'data-performer': ['provider', 'performer'],
};
const MODES = ['employer', 'provider', 'person', 'region'];

class RehabKollen extends HTMLElement {
  static observedAttributes = ['lang', 'mode'];
  #app = null;
  #pending = null;

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = new URL('./style.css', import.meta.url).href;
    const host = document.createElement('div');
    root.append(css, host);
    load().then(() => {
      this.#app = mount(host, engine, {
        lang: this.getAttribute('lang') === 'en' ? 'en' : 'sv',
        role: MODES.includes(this.getAttribute('mode')) ? this.getAttribute('mode') : null,
        answers: this.#pending ?? this.#prefill(),
        // The answers hold only closed choices, numbers and dates: no free text, no personal data.
        onChange: (answers) => this.#emit('rehabkollen:change', { answers }),
        onResult: (outcome) => this.#emit('rehabkollen:result', { outcome }),
      });
      this.#pending = null;
    });
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#app || old === value) return;
    if (name === 'lang') this.#app.setLang(value);
    if (name === 'mode') this.#app.setRole(MODES.includes(value) ? value : null);
  }

  /** The full answers document (api.md §1). Setting it re-renders the questionnaire. */
  get answers() {
    return this.#app ? this.#app.answers : structuredClone(this.#pending ?? this.#prefill());
  }
  set answers(value) {
    if (this.#app) this.#app.answers = value;
    else this.#pending = value;
  }

  #prefill() {
    const answers = { employer: {}, person: {}, provider: {}, measures: [] };
    for (const [attr, [section, field]] of Object.entries(PREFILL)) {
      const v = this.getAttribute(attr);
      if (v === null) continue;
      answers[section][field] = v === 'true' ? true : v === 'false' ? false : v;
    }
    return answers;
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('rehab-kollen')) customElements.define('rehab-kollen', RehabKollen);
