// Page chrome in Swedish and English: the words around the engine's questions and results, each
// text once. Everything about rules, questions, help texts and reasons comes from the engine.
/** What comes before item i of n in a list, in one language: "a", "a och b", "a, b och c", with
 * `word` ("och", "eller") before the last; ", och" there when an item has a comma of its own
 * ("a, eller b, och c"), so the last item reads apart. */
const sepWith = (and) => (i, n, commas, word = and) => (i === 0 ? '' : i === n - 1 ? `${commas ? ',' : ''} ${word} ` : ', ');
/** The items as one list in words, with a language's sep: "”A”, ”B” eller ”C”". */
const listWith = (sep) => (xs, word) => xs.map((x, i) => `${sep(i, xs.length, false, word)}${x}`).join('');
const SEP = { sv: sepWith('och'), en: sepWith('and') };
/** Measure numbers (from 1) as they read in a list: [[1, 25]] → "1–25"; a run of two as two numbers ("1 och 2"). */
const runWords = (runs) => runs.flatMap(([a, b]) => (b - a > 1 ? [`${a}–${b}`] : a === b ? [`${a}`] : [`${a}`, `${b}`]));
const LIST = { sv: listWith(SEP.sv), en: listWith(SEP.en) };
/** "Insats 1–3" within a sentence: "insats 1–3". */
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);
/** A count as people read it in Swedish: "1 502", grouped by a non-breaking space. */
const num = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
/** The same in English: "1,502". */
const numEn = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Counts as written in each language (the provider tool's texts use them too). */
export const COUNT = { sv: num, en: numEn };

export const CHROME = {
  sv: {
    title: 'Rehabkollen', errorPrefix: 'Fel: ',
    skip: 'Hoppa till frågan', skipProvider: 'Hoppa till fakturaunderlaget',
    otherLang: 'In English', otherLangCode: 'en',
    menu: 'Meny',
    restart: 'Börja om', print: 'Skriv ut sammanfattning', save: 'Spara svaren som fil', open: 'Öppna sparade svar',
    about: 'Om tjänsten', rulesPage: 'Regler och källor',
    views: { label: 'Välj verktyg', case: 'Bedöm ett ärende', steps: 'Steg för steg', all: 'Alla frågor på en sida', provider: 'Fakturaunderlag och redovisning (anordnare)' },
    start: {
      heading: 'Vilket rehabiliteringsstöd kan ni få?',
      lead: 'Rehabkollen visar vilket stöd till arbetslivsinriktad rehabilitering som kan gälla – från AFA Försäkring, Försäkringskassan eller regionen – och hur mycket som kan ersättas. Du får också veta vem som ansöker, var och senast när.',
      forWhom: 'Tjänsten är till för arbetsgivare, anordnare som företagshälsovård, privatpersoner och regioner.',
      time: 'Det tar ungefär 5 minuter. Ha gärna uppgifterna om insatsen till hands: vad det är, vem som utför den, vad den kostar och när den görs.',
      privacy: 'Allt du skriver stannar i din webbläsare. Inget skickas och inget sparas. Vill du fortsätta senare kan du spara svaren som en fil.',
      roleLegend: 'Vem är du?',
      roles: { employer: 'Arbetsgivare', provider: 'Anordnare, till exempel företagshälsovård', person: 'Privatperson', region: 'Region' },
      roleHints: {
        employer: 'Du får veta vad AFA Försäkring och Försäkringskassan kan betala.',
        provider: 'Du får veta vad AFA Försäkring och Försäkringskassan kan betala för era insatser.',
        person: 'Du får veta om Försäkringskassan kan samordna din rehabilitering.',
        region: 'Du ser alla stöd, även rehabiliteringsgarantin.',
      },
      allSchemes: 'Visa alla stöd', allSchemesHint: 'Även stöd som sällan gäller för dig, till exempel rehabiliteringsgarantin (för insatser 2015).',
      go: 'Starta', roleMissing: 'Välj vem du är',
      orAll: 'Vill du se alla frågor på en gång? Det passar dig som gör det här ofta.',
      orProvider: 'Är du anordnare och ska göra ett fakturaunderlag eller en redovisning?',
    },
    undone: 'Svaren är borttagna.', undo: 'Ångra', restored: 'Svaren är tillbaka.',
    back: 'Tillbaka',
    progress: (n, of) => `Fråga ${n} av ungefär ${of}`,
    /** On a walk through one item of "Svar som behövs" (ui.js act.walk): that item's answers. */
    walkProgress: (n, of) => `Svar ${n} av ${of}`,
    continue: 'Fortsätt',
    pages: {
      employer: 'Arbetsgivaren och kollektivavtalet', granted: 'Stöd som redan har beviljats i år', employment: 'Om medarbetarens anställning',
      need: 'Om medarbetarens behov av rehabilitering', insurance: 'Om medarbetarens försäkring', provider: 'Om anordnaren och utföraren',
      details: 'Mer om insatserna', detailsOne: 'Mer om insatsen', measure: 'Om insatsen', date: 'Datum för bedömningen',
    },
    measureCaption: (n) => `Insats ${n}`,
    /** Several measures by their numbers (`runs`: [[first, last]], from 1; `n` of them): "Insats 1–25", "Insats 1, 3 och 5"; "25 insatser" where the numbers make no short list. */
    measuresCaption: (runs, n) => (runWords(runs).length > 4 ? `${num(n)} insatser` : `Insats ${LIST.sv(runWords(runs))}`),
    measureIntro: 'En insats i taget. Har ni flera insatser, till exempel en ryggkurs och samtal hos psykolog, lägger ni till nästa efter den här.',
    addAnother: 'Lägg till en insats till', skipMeasure: 'Vi vet inte vilken insats än', removeMeasure: 'Ta bort insatsen',
    /** Said once a measure is removed (`caption` its number as it was); `renumbered` when measures came after it. */
    measureRemoved: (caption, renumbered) => `${caption} är borttagen.${renumbered ? ' Insatserna efter den har fått nya nummer.' : ''}`,
    /** Adding a measure refused: `max`, the measures the case has, is as many as it can hold (the engine's limit). */
    measureLimit: (max) => `Ett ärende kan ha högst ${num(max)} insatser, så ingen ny insats lades till. Ta bort en insats om ni vill lägga till en annan.`,
    /** A question folded on its page (fields.js): why, naming the question whose answer folded it when that is known, and the answer kept. */
    folded: { by: (q) => `Behövs inte längre efter ditt svar på ”${q}”.`, other: 'Behövs inte längre efter ett annat svar på sidan.', kept: (a) => `Ditt svar sparas: ${a}.` },
    errorSummary: 'Det finns ett problem', answerNeeded: 'Svara på frågan', fixField: 'Rätta svaret',
    choose: 'Välj', yes: 'Ja', no: 'Nej', dontKnow: 'Vet ej', or: 'eller', kr: 'kr', notAnswered: 'Inte besvarad',
    why: 'Varför frågar vi?', rulesUsed: 'Regler', newTab: '(öppnas i en ny flik)',
    dateLabel: 'Vilken dag ska bedömningen gälla?', dateHelp: 'Normalt dagens datum, den dag ni ansöker. Lämna tomt för dagens datum.',
    dateExample: 'Till exempel 15 1 2027.', dateParts: { day: 'Dag', month: 'Månad', year: 'År' },
    check: {
      heading: 'Kontrollera dina svar',
      intro: 'Svar som inte längre påverkar resultatet visas inte. De finns kvar och kommer tillbaka om de behövs igen.',
      sections: { case: 'Bedömningen', measures: 'Insatser', employer: 'Arbetsgivaren', person: 'Medarbetaren', provider: 'Anordnaren och utföraren' },
      role: 'Du svarar som', scope: 'Stöd som bedöms', allSchemes: 'alla stöd', date: 'Bedömningen gäller', today: (d) => `${d} (i dag)`,
      change: 'Ändra', answer: 'Svara', addMeasure: 'Lägg till en insats', noMeasures: 'Inga insatser än.',
      showResult: 'Visa resultatet',
      manyMeasures: (n) => `${num(n)} insatser. Öppna en insats för att se och ändra dess svar.`,
    },
    result: {
      heading: 'Resultat',
      intro: 'Så här bedömer Rehabkollen ärendet utifrån dina svar. Det är inget beslut: beslutet fattar den som betalar stödet.',
      subject: { employer: 'Arbetsgivaren', employerYou: 'Ni', region: 'Regionen', person: 'Medarbetaren', agency: 'Arbetsförmedlingen eller Försäkringskassan' },
      canGet: (who, amount) => `${who} kan få ${amount}`,
      upTo: (x) => `upp till ${x}`, between: (a, b) => `${a}–${b}`, atLeast: (x) => `minst ${x}`, amountUnknown: 'beloppet beror på kostnaden',
      eligibleNoAmount: 'Villkoren uppfylls. Lägg till insatser för att se hur mycket som kan ersättas.',
      noMoney: 'Villkoren uppfylls. Stödet ger samordning, inte pengar.',
      notEligible: 'Uppfyller inte villkoren', undetermined: 'Behöver fler svar',
      mainReason: 'Det som avgör:',
      measures: 'Insats för insats',
      costOf: (k) => `kostnad ${k}`,
      /** A measure line's reason when an earlier line already words it. */
      sameReason: (measure) => `samma skäl som för ${measure.toLowerCase()}`,
      status: { reimbursable: 'ersätts', not_reimbursable: 'ersätts inte', undetermined: 'oklart ännu' },
      /** A measure line's number and, where given, its date (with more than one measure). */
      /** Many measures: how many have each status, before the list. */
      statusCounts: (n, counts) => `${num(n)} insatser: ${counts.map(([k, c]) => `${num(c)} ${k}`).join(', ')}.`,
      applyBy: (d) => `sök senast ${d}`, passed: (d) => `sista dag att söka passerade ${d}`,
      reportBy: (d) => `rapportera senast ${d}`, reportPassed: (d) => `sista rapportdag passerade ${d}`,
      nextSteps: 'Så här gör ni nu', nextStepsYou: 'Så här gör du nu',
      who: { employer: 'Arbetsgivaren ansöker.', provider: 'Anordnaren ansöker.', person: 'Medarbetaren ansöker.', region: 'Regionen rapporterar.', agency: 'Arbetsförmedlingen eller Försäkringskassan ansöker.' },
      officialPage: 'Läs mer och ansök på den officiella sidan',
      deadline: (d) => `Ansök senast ${d}.`, deadlinePassed: (d) => `Sista dagen att ansöka passerade ${d}.`,
      documents: 'Det här behöver ni ha med',
      /** Once under the documents' heading; an item says "finns" or "saknas" only where the answers tell. */
      documentsCheck: 'Kontrollera att allt finns med innan det skickas in.',
      doc: { true: 'finns', false: 'saknas – måste finnas innan ni skickar' },
      combined: 'AFA och Försäkringskassan tillsammans', combinedMax: (x) => `Tillsammans högst ${x}`,
      /** Before the amounts of several measures said once: they are each measure's. */
      combinedEach: 'För var och en av insatserna:', combinedMaxEach: (x) => `tillsammans högst ${x} för varje insats`,
      /** A scheme whose amounts for each measure alone add up to more than it pays in all (its yearly cap). */
      capAll: (payer, x) => `${payer} betalar högst ${x} för alla insatserna tillsammans.`,
      capEach: (short) => `Beloppen för ${short} nedan gäller en insats i taget.`,
      combinedEachAlone: 'För var och en av insatserna, var för sig:', forThisMeasure: (x) => `${x} för den här insatsen`,
      combinedMaxThis: (x) => `Tillsammans högst ${x} för den här insatsen`,
      /** Every measure line of a card with the same deadline: said once, above them. */
      allMeasures: (words) => `För alla insatserna: ${words}.`,
      assessed: 'Så har vi bedömt',
      holds: { true: 'uppfylls', false: 'uppfylls inte', null: 'vet ej ännu' },
      source: 'Källa', storedText: 'sparad källtext', secondary: 'sekundär källa', rule: 'regel',
      notes: 'Bra att veta', noteKind: { conflict: 'Källorna säger olika', pointer: 'Annat stöd' },
      judgedOn: (d) => `Bedömt per ${d}.`, rulesVersion: (v, d) => `Regelversion ${v}, källorna lästa ${d}.`,
      changeAnswers: 'Ändra svaren',
      toProvider: 'Ska ni göra fakturaunderlaget och redovisningen till arbetsgivaren?',
      line: { amount: (x) => x, eligible: 'villkoren uppfylls', not_eligible: 'uppfyller inte villkoren', undetermined: 'behöver fler svar' },
      show: 'Visa',
      soFar: 'Resultat hittills',
    },
    // The sentences a result leads with (www/advice.js composes them; the clauses come from the
    // rules' `because`, the actions from the question catalogue). Each takes its parts in words.
    advice: {
      payer: { afa_rehabiliteringsstod: 'AFA', fk_arbetsplatsinriktat: 'Försäkringskassan', rehabiliteringsgarantin: 'Rehabiliteringsgarantin', fk_samordning: 'Försäkringskassan' },
      sep: SEP.sv, list: LIST.sv,
      upTo: (x) => `upp till ${x}`, atLeast: (x) => `minst ${x}`,
      pays: (id, payer, amount) => (id === 'rehabiliteringsgarantin' ? `Regionen kan få ${amount} från rehabiliteringsgarantin.` : `${payer} kan betala ${amount}.`),
      paysPart: (id, payer) => (id === 'rehabiliteringsgarantin' ? 'Regionen kan få pengar från rehabiliteringsgarantin.' : `${payer} kan betala en del av kostnaden.`),
      paysNoMeasures: (id, payer) => `${payer} kan betala för insatser som uppfyller villkoren. Lägg till en insats för att se hur mycket.`,
      /** Eligible, but the amount is 0 kr (a cap already reached, nothing left to pay for). */
      paysNothing: (id, payer) => `Villkoren uppfylls, men ${id === 'rehabiliteringsgarantin' ? 'regionen kan inte få' : `${payer} kan inte betala`} något mer för de här insatserna.`,
      coordinates: 'Försäkringskassan kan samordna rehabiliteringen. Stödet ger samordning, inte pengar.',
      dependsAmount: (n) => `Beloppet beror på ${n === 1 ? 'ett svar' : `${num(n)} svar`}.`,
      applyBy: (d) => `Ansök senast ${d}.`, reportBy: (d) => `Rapportera senast ${d}.`,
      agencyBy: (d) => `Arbetsförmedlingen eller Försäkringskassan ansöker, senast ${d}.`,
      /** The last days where the measures' differ, for applyBy() and the like: `pairs` of [date in words, measures' caption], soonest first. */
      eachDay: (pairs) => LIST.sv(pairs.map(([d, m], i) => `${i ? 'senast ' : ''}${d} för ${lowerFirst(m)}`)),
      /** The "no" up to "eftersom"; the clauses follow, then a full stop. */
      notBecause: (id, payer) => (id === 'fk_samordning' ? 'Försäkringskassan kan inte samordna rehabiliteringen, eftersom ' : `${payer} betalar inte, eftersom `),
      not: (id, payer) => (id === 'fk_samordning' ? 'Försäkringskassan kan inte samordna rehabiliteringen.' : `${payer} betalar inte.`),
      /** "Det saknas 3 svar för att veta om AFA kan betala upp till 4 500 kr." (not "Det beror på 3 svar om …",
       * which reads as if the answers were about whether AFA can pay). */
      dependsOn: (n, id, payer, amount) => `Det saknas ${n === 1 ? 'ett svar' : `${num(n)} svar`} för att veta om ${id === 'fk_samordning' ? 'Försäkringskassan kan samordna rehabiliteringen'
        : id === 'rehabiliteringsgarantin' ? `regionen kan få ${amount ?? 'pengar'} från rehabiliteringsgarantin` : `${payer} kan betala${amount ? ` ${amount}` : ''}`}.`,
      notYet: (payer) => `Det går inte att säga ännu om ${payer} kan betala.`,
      findOut: 'Hur tar jag reda på det?', answer: 'Svara', answerQuestion: (q) => `Svara: ${q}`,
      /** The result's one list of open questions (views/result.js), each with the schemes it decides. */
      openHeading: 'Svar som behövs', openIntro: 'Varje fråga står här en gång, med de stöd som svaret avgör.',
      /** Where a question is asked for several measures (one item, an answer for each): how many answers and items. */
      openCount: (answers, questions) => `Det saknas ${num(answers)} svar på ${questions === 1 ? 'en fråga' : `${num(questions)} frågor`}.`,
      /** One question asked for `n` measures. */
      openEach: (n) => `Frågan gäller ${num(n)} insatser. Varje insats behöver ett eget svar, alltså ${num(n)} svar. Med knappen ”Svara” tar du dem en i taget.`,
      answerOne: 'Svara för en viss insats',
      decides: (names) => `Avgör: ${names}`, toOpen: (heading) => `Se frågorna under ”${heading}”`,
      changes: 'Så kan det ändras',
      /** A "no" whose `changes` is empty: nothing the user can act on turns it (docs/API.md §7). */
      unchangeable: (id, payer) => `Vi hittar inget i ärendet som ni kan ändra så att ${id === 'fk_samordning' ? 'Försäkringskassan kan samordna rehabiliteringen'
        : id === 'rehabiliteringsgarantin' ? 'regionen kan få pengar från rehabiliteringsgarantin' : `${payer} betalar`}.`,
      who: { employer: 'arbetsgivaren', provider: 'anordnaren', person: 'personen' },
      you: { employer: 'ni', provider: 'ni', person: 'du' },
      /** "Ni kan ta fram en plan …" (the action reads after "kan"). */
      can: (who, action) => `${who} kan ${action}`,
      /** One change's actors: "ni kan X, eller anordnaren kan Y". */
      or: (xs) => xs.join(', eller '),
      forMeasure: (caption, label) => `För ${caption.toLowerCase()} (${label.toLowerCase()}): `,
      /** An answer a change sets (without an action of its own), or any of several that give the same turn. */
      answerBecomes: (q, values) => `svaret på ”${q}” kan bli ${LIST.sv(values.map((v) => `”${v}”`), 'eller')}`,
      thenPays: (id, payer, amount) => (id === 'fk_samordning' ? 'Då kan Försäkringskassan samordna rehabiliteringen.'
        : id === 'rehabiliteringsgarantin' ? `Då kan regionen få ${amount ?? 'pengar'} från rehabiliteringsgarantin.` : `Då kan ${payer} betala${amount ? ` ${amount}` : ''}.`),
      /** A change of an answer not known yet ("Vet ej" or not given): not a change from a "no" but
       * what the answer decides. `measure`: "insats 2 (stödsamtal)" where the answer is a measure's. */
      answerIs: (q, values, measure) => `svaret på ”${q}”${measure ? ` för ${measure}` : ''} är ${LIST.sv(values.map((v) => `”${v}”`), 'eller')}`,
      /** "Om svaret … är ”Ja” kan AFA betala …" (`more`: after actions that change known answers). */
      ifAnswers: (conds, more, then) => `Om ${more ? 'dessutom ' : ''}${LIST.sv(conds, 'och')} ${then}`,
      paysIf: (id, payer, amount, open) => (id === 'fk_samordning' ? `kan Försäkringskassan ${open ? 'kanske ' : ''}samordna rehabiliteringen`
        : id === 'rehabiliteringsgarantin' && !open ? `kan regionen få ${amount ?? 'pengar'} från rehabiliteringsgarantin` : `kan ${payer} betala${amount ? ` ${amount}` : ''}`)
        + (open ? ', beroende på svar som då behövs.' : '.'),
      bothThenPays: (id, payer, amount) => `Görs båda kan ${id === 'fk_samordning' ? 'Försäkringskassan samordna rehabiliteringen' : `${payer} betala${amount ? ` ${amount}` : ''}`}.`,
      /** A change after which the verdict is open: the questions it makes matter then decide. */
      thenOpen: (id, payer, amount) => `Då ${id === 'fk_samordning' ? 'kan Försäkringskassan kanske samordna rehabiliteringen' : `kan ${payer} betala${amount ? ` ${amount}` : ''}`}, beroende på svar som då behövs.`,
      /** "Först Försäkringskassan (senast 1 februari 2027), sedan AFA (senast 2 mars 2027): tillsammans högst 9 000 kr." */
      /** `sure`: every scheme in it may pay as things stand; else it depends on answers still missing. */
      order: (names, total, sure) => `${sure ? 'Först' : `Om ${names.length > 2 ? 'stöden' : 'båda'} beviljas: först`} ${names[0]}${names.slice(1, -1).map((n) => `, sedan ${n}`).join('')}, ${names.length > 2 ? 'sist' : 'sedan'} ${names[names.length - 1]}${total ? `: tillsammans högst ${total}` : ''}.`,
      by: (name, d) => `${name} (senast ${d})`,
      reasonIn: 'Se bedömningen',
    },
    schemeShort: { afa_rehabiliteringsstod: 'AFA', fk_arbetsplatsinriktat: 'FK', rehabiliteringsgarantin: 'Garantin', fk_samordning: 'Samordning' },
    summary: { heading: 'Sammanfattning från Rehabkollen', answers: 'Dina svar', question: 'Fråga', answer: 'Svar', result: 'Resultat',
      others: 'Svar som inte påverkar resultatet', othersWhy: 'De här svaren har du gett, men med dina andra svar spelar de ingen roll för resultatet.' },
    /** A long list shown a part at a time (views/parts.js firstOf()). */
    more: { shown: (a, b) => `Visar ${num(a)} av ${num(b)}.`, show: (n) => `Visa ${num(n)} till` },
    file: {
      name: 'rehabkollen-svar.json', saved: 'Svaren är sparade som en fil. Den finns bara på din dator.',
      opened: 'De sparade svaren är inlästa.', notJson: 'Filen är inte en fil med sparade svar från Rehabkollen (JSON).',
      rejected: (msg) => `Svaren kunde inte användas: ${msg}. De tidigare svaren finns kvar.`,
      unreadableAnswers: 'de gick inte att läsa', // answers a partner's page set that read differently once accepted (ui.js readAnswers)
      tooBig: (size, max) => `Filen är på ${size} och lästes inte. En fil med sparade svar är högst ${max}. De tidigare svaren finns kvar.`,
      unreadable: 'Filen kunde inte läsas. Välj den igen, eller spara svaren på nytt. De tidigare svaren finns kvar.',
      empty: 'Filen är tom och lästes inte. De tidigare svaren finns kvar.',
      noAnswers: 'Filen innehåller inga svar och lästes inte, så att dina svar inte försvinner. De tidigare svaren finns kvar.',
    },
    errors: {
      money: 'Skriv beloppet i kronor, till exempel 12 000 eller 12000,50.', integer: 'Skriv ett heltal, till exempel 44.',
      // Out of the question's range (the catalogue's min and max): said in kronor, as the user typed it.
      moneyBelow: (min) => `Beloppet kan inte vara mindre än ${min}.`, moneyAbove: (max) => `Beloppet är för stort. Skriv högst ${max}.`,
      numberBelow: (min) => `Talet kan inte vara mindre än ${min}.`, numberAbove: (max) => `Talet är för stort. Skriv högst ${max}.`,
      // A date: the message names the part that is wrong (GOV.UK's date input).
      datePart: { day: 'en dag', month: 'en månad', year: 'ett år' },
      dateMissing: (parts) => `Datumet måste ha ${parts.join(' och ')}.`,
      dateWrong: {
        day: 'Skriv dagen som en siffra från 1 till 31.',
        month: 'Skriv månaden som en siffra från 1 till 12 eller med namn, till exempel 3 eller mars.',
        year: 'Skriv året med fyra siffror, till exempel 2027.',
      },
      dateNoSuchDay: (month, year, days) => `${month[0].toUpperCase()}${month.slice(1)} ${year} har ${days} dagar. Skriv en dag från 1 till ${days}.`,
    },
    // A file the page needs did not come (the network, the server), or came but is not the file its
    // hash names (load.js): what stops, and what the user can do; nothing blames the browser.
    loadError: 'Rehabkollen kunde inte laddas. Kontrollera anslutningen och ladda om sidan.',
    integrityError: 'En fil som Rehabkollen behöver kunde inte kontrolleras, så Rehabkollen startades inte. Ladda om sidan. Hjälper inte det, kontakta den som ansvarar för webbplatsen.',
    providerLoadError: 'Verktygen för anordnare kunde inte laddas. Kontrollera anslutningen och försök igen. Frågorna fungerar som vanligt.',
    providerIntegrityError: 'Verktygen för anordnare startades inte: en fil de behöver kunde inte kontrolleras. Frågorna fungerar som vanligt. Hjälper det inte att ladda om sidan, kontakta den som ansvarar för webbplatsen.',
    loading: 'Laddar …',
    months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    aboutPage: {
      heading: 'Om tjänsten',
      sections: [
        ['Vad Rehabkollen gör', 'Rehabkollen visar vilket stöd till arbetslivsinriktad rehabilitering som kan gälla, vad som ersätts, hur mycket och senast när man ska ansöka. Det är ett stöd inför ansökan, inget beslut. Besluten fattas av AFA Försäkring, Försäkringskassan och regionen.'],
        ['Reglerna och källorna', 'Varje regel har ett id, en text på svenska och engelska och en källa: AFA Försäkrings och Försäkringskassans egna sidor och de överenskommelser som gäller. När en källa ändras skrivs regeln om och regelversionen räknas upp. Reglerna är öppen källkod och prövas mot testfall från källorna. Varje resultat visar vilken regel och källa det bygger på.'],
        ['Inget sparas', 'Allt du skriver stannar i din webbläsare. Sidan skickar inget, sätter inga kakor och lägger inget i adressfältet. Vill du fortsätta senare sparar du svaren som en fil på din egen dator.'],
      ],
      a11yHeading: 'Tillgänglighetsredogörelse',
      a11y: [
        'Rehabkollen ska kunna användas av så många som möjligt. Här beskriver vi hur tjänsten uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service och kraven i WCAG 2.1 nivå AA.',
        'Så har vi testat: automatiska tester med axe-core på startsidan, varje frågesida, sidan Kontrollera dina svar och resultatsidan; hela flödet med bara tangentbord; i 375 och 1 280 pixlars bredd och i 200 procents förstoring; utskrift av sammanfattningen.',
        'Status: Rehabkollen är delvis förenlig med WCAG 2.1 nivå AA. De automatiska testerna hittar inga brister, men tjänsten är ännu inte granskad manuellt mot alla kriterier och inte testad med skärmläsare tillsammans med användare.',
        'Kända brister: de sparade källtexterna visas som ren text. Frågetexterna kommer från regelmotorn och säger ibland ”personen” i stället för ”medarbetaren”.',
        'Upptäcker du en brist, beskriv den i projektets ärendehantering. Myndigheten för digital förvaltning (Digg) har tillsyn över lagen.',
        'Redogörelsen uppdaterades den 25 november 2026.',
      ],
      version: (v, d) => `Regelversion ${v}, källorna lästa ${d}.`,
      embed: 'Bädda in Rehabkollen på er webbplats',
    },
    docs: { '000_25e51b488a68ee13.txt': 'AFA Försäkring: Rehabiliteringsstödet', '001_f179ac39f29b4ebd.txt': 'Försäkringskassan: Rehabiliteringstjänster som ger rätt till bidrag', '002_44686c56c502207a.txt': 'Försäkringskassan: Redovisa arbetsplatsinriktat rehabiliteringsstöd', '003_9e52da95b2f4db62.txt': 'SKL: Överenskommelse rehabiliteringsgarantin', '004_ebaf56c7424ac0c3.txt': 'Försäkringskassan: Ansökan om samordning av rehabiliteringsinsatser' },
  },
  en: {
    title: 'Rehabkollen', errorPrefix: 'Error: ',
    skip: 'Skip to the question', skipProvider: 'Skip to the invoice basis',
    otherLang: 'På svenska', otherLangCode: 'sv',
    menu: 'Menu',
    restart: 'Start over', print: 'Print summary', save: 'Save the answers as a file', open: 'Open saved answers',
    about: 'About the service', rulesPage: 'Rules and sources',
    views: { label: 'Choose a tool', case: 'Assess a case', steps: 'Step by step', all: 'All questions on one page', provider: 'Invoice basis and report (providers)' },
    start: {
      heading: 'Which rehabilitation support can you get?',
      lead: 'Rehabkollen shows which support for work-oriented rehabilitation may apply – from AFA Försäkring, Försäkringskassan or the region – and how much can be reimbursed. It also tells you who applies, where and by when.',
      forWhom: 'The service is for employers, providers such as occupational health services, private persons and regions.',
      time: 'It takes about 5 minutes. Have the details of the measure at hand: what it is, who performs it, what it costs and when it takes place.',
      privacy: 'Everything you type stays in your browser. Nothing is sent and nothing is stored. To continue later, you can save the answers as a file.',
      roleLegend: 'Who are you?',
      roles: { employer: 'Employer', provider: 'Provider, for example occupational health', person: 'Private person', region: 'Region' },
      roleHints: {
        employer: 'You find out what AFA Försäkring and Försäkringskassan can pay.',
        provider: 'You find out what AFA Försäkring and Försäkringskassan can pay for your measures.',
        person: 'You find out whether Försäkringskassan can coordinate your rehabilitation.',
        region: 'You see every scheme, Rehabiliteringsgarantin included.',
      },
      allSchemes: 'Show every scheme', allSchemesHint: 'Also schemes that rarely apply to you, such as Rehabiliteringsgarantin (for measures in 2015).',
      go: 'Start', roleMissing: 'Choose who you are',
      orAll: 'Want to see every question at once? That suits you if you do this often.',
      orProvider: 'Are you a provider making an invoice basis or a report?',
    },
    undone: 'The answers have been removed.', undo: 'Undo', restored: 'The answers are back.',
    back: 'Back',
    progress: (n, of) => `Question ${n} of about ${of}`,
    walkProgress: (n, of) => `Answer ${n} of ${of}`,
    continue: 'Continue',
    pages: {
      employer: 'The employer and the collective agreement', granted: 'Support already granted this year', employment: "About the employee's employment",
      need: "About the employee's need for rehabilitation", insurance: "About the employee's insurance", provider: 'About the provider and the performer',
      details: 'More about the measures', detailsOne: 'More about the measure', measure: 'About the measure', date: 'Date of the assessment',
    },
    measureCaption: (n) => `Measure ${n}`,
    measuresCaption: (runs, n) => (runWords(runs).length > 4 ? `${numEn(n)} measures` : `Measures ${LIST.en(runWords(runs))}`),
    measureIntro: 'One measure at a time. If you have several, for example a back course and talks with a psychologist, add the next one after this.',
    addAnother: 'Add another measure', skipMeasure: "We don't know the measure yet", removeMeasure: 'Remove the measure',
    measureRemoved: (caption, renumbered) => `${caption} has been removed.${renumbered ? ' The measures after it have new numbers.' : ''}`,
    measureLimit: (max) => `A case can have at most ${numEn(max)} measures, so no new measure was added. Remove a measure if you want to add another.`,
    folded: { by: (q) => `No longer needed after your answer to “${q}”.`, other: 'No longer needed after another answer on this page.', kept: (a) => `Your answer is kept: ${a}.` },
    errorSummary: 'There is a problem', answerNeeded: 'Answer the question', fixField: 'Correct the answer',
    choose: 'Choose', yes: 'Yes', no: 'No', dontKnow: "Don't know", or: 'or', kr: 'kr', notAnswered: 'Not answered',
    why: 'Why do we ask?', rulesUsed: 'Rules', newTab: '(opens in a new tab)',
    dateLabel: 'Which day should the assessment apply to?', dateHelp: 'Normally today, the day you apply. Leave it empty for today.',
    dateExample: 'For example 15 1 2027.', dateParts: { day: 'Day', month: 'Month', year: 'Year' },
    check: {
      heading: 'Check your answers',
      intro: 'Answers that no longer affect the result are not shown. They are kept and come back if they matter again.',
      sections: { case: 'The assessment', measures: 'Measures', employer: 'The employer', person: 'The employee', provider: 'The provider and the performer' },
      role: 'You answer as', scope: 'Schemes assessed', allSchemes: 'every scheme', date: 'The assessment applies to', today: (d) => `${d} (today)`,
      change: 'Change', answer: 'Answer', addMeasure: 'Add a measure', noMeasures: 'No measures yet.',
      showResult: 'Show the result',
      manyMeasures: (n) => `${numEn(n)} measures. Open a measure to see and change its answers.`,
    },
    result: {
      heading: 'Result',
      intro: 'This is how Rehabkollen assesses the case from your answers. It is not a decision: whoever pays the support decides.',
      subject: { employer: 'The employer', employerYou: 'You', region: 'The region', person: 'The employee', agency: 'Arbetsförmedlingen or Försäkringskassan' },
      canGet: (who, amount) => `${who} can get ${amount}`,
      upTo: (x) => `up to ${x}`, between: (a, b) => `${a}–${b}`, atLeast: (x) => `at least ${x}`, amountUnknown: 'the amount depends on the cost',
      eligibleNoAmount: 'The conditions are met. Add measures to see how much can be reimbursed.',
      noMoney: 'The conditions are met. The support is coordination, not money.',
      notEligible: 'Does not meet the conditions', undetermined: 'Needs more answers',
      mainReason: 'What decides it:',
      measures: 'Measure by measure',
      costOf: (k) => `cost ${k}`,
      sameReason: (measure) => `the same reason as for ${measure.toLowerCase()}`,
      status: { reimbursable: 'reimbursed', not_reimbursable: 'not reimbursed', undetermined: 'not clear yet' },
      statusCounts: (n, counts) => `${numEn(n)} measures: ${counts.map(([k, c]) => `${numEn(c)} ${k}`).join(', ')}.`,
      applyBy: (d) => `apply by ${d}`, passed: (d) => `the last day to apply passed on ${d}`,
      reportBy: (d) => `report by ${d}`, reportPassed: (d) => `the last report day passed on ${d}`,
      nextSteps: 'What to do now', nextStepsYou: 'What to do now',
      who: { employer: 'The employer applies.', provider: 'The provider applies.', person: 'The employee applies.', region: 'The region reports.', agency: 'Arbetsförmedlingen or Försäkringskassan applies.' },
      officialPage: 'Read more and apply on the official page',
      deadline: (d) => `Apply by ${d}.`, deadlinePassed: (d) => `The last day to apply passed on ${d}.`,
      documents: 'What you need to include',
      documentsCheck: 'Check that everything is there before it is sent.',
      doc: { true: 'you have it', false: 'missing – needed before you send' },
      combined: 'AFA and Försäkringskassan together', combinedMax: (x) => `Together at most ${x}`,
      combinedEach: 'For each of the measures:', combinedMaxEach: (x) => `together at most ${x} for each measure`,
      capAll: (payer, x) => `${payer} pays at most ${x} for all the measures together.`,
      capEach: (short) => `The amounts for ${short} below are for one measure at a time.`,
      combinedEachAlone: 'For each of the measures, on its own:', forThisMeasure: (x) => `${x} for this measure`,
      combinedMaxThis: (x) => `Together at most ${x} for this measure`,
      allMeasures: (words) => `For all the measures: ${words}.`,
      assessed: 'How we assessed it',
      holds: { true: 'met', false: 'not met', null: 'not known yet' },
      source: 'Source', storedText: 'stored source text', secondary: 'secondary source', rule: 'rule',
      notes: 'Good to know', noteKind: { conflict: 'The sources differ', pointer: 'Other support' },
      judgedOn: (d) => `Assessed as of ${d}.`, rulesVersion: (v, d) => `Rules version ${v}, sources read ${d}.`,
      changeAnswers: 'Change the answers',
      toProvider: 'Making the invoice basis and the report for the employer?',
      line: { amount: (x) => x, eligible: 'conditions met', not_eligible: 'conditions not met', undetermined: 'needs more answers' },
      show: 'Show',
      soFar: 'Result so far',
    },
    advice: {
      payer: { afa_rehabiliteringsstod: 'AFA', fk_arbetsplatsinriktat: 'Försäkringskassan', rehabiliteringsgarantin: 'Rehabiliteringsgarantin', fk_samordning: 'Försäkringskassan' },
      sep: SEP.en, list: LIST.en,
      upTo: (x) => `up to ${x}`, atLeast: (x) => `at least ${x}`,
      pays: (id, payer, amount) => (id === 'rehabiliteringsgarantin' ? `The region can get ${amount} from Rehabiliteringsgarantin.` : `${payer} can pay ${amount}.`),
      paysPart: (id, payer) => (id === 'rehabiliteringsgarantin' ? 'The region can get money from Rehabiliteringsgarantin.' : `${payer} can pay part of the cost.`),
      paysNoMeasures: (id, payer) => `${payer} can pay for measures that meet the conditions. Add a measure to see how much.`,
      paysNothing: (id, payer) => `The conditions are met, but ${id === 'rehabiliteringsgarantin' ? 'the region cannot get' : `${payer} cannot pay`} anything more for these measures.`,
      coordinates: 'Försäkringskassan can coordinate the rehabilitation. The support is coordination, not money.',
      dependsAmount: (n) => `The amount depends on ${n === 1 ? 'one answer' : `${numEn(n)} answers`}.`,
      applyBy: (d) => `Apply by ${d}.`, reportBy: (d) => `Report by ${d}.`,
      agencyBy: (d) => `Arbetsförmedlingen or Försäkringskassan applies, by ${d}.`,
      eachDay: (pairs) => LIST.en(pairs.map(([d, m], i) => `${i ? 'by ' : ''}${d} for ${lowerFirst(m)}`)),
      notBecause: (id, payer) => (id === 'fk_samordning' ? 'Försäkringskassan cannot coordinate the rehabilitation, because ' : `${payer} does not pay, because `),
      not: (id, payer) => (id === 'fk_samordning' ? 'Försäkringskassan cannot coordinate the rehabilitation.' : `${payer} does not pay.`),
      dependsOn: (n, id, payer, amount) => `Whether ${id === 'fk_samordning' ? 'Försäkringskassan can coordinate the rehabilitation'
        : id === 'rehabiliteringsgarantin' ? `the region can get ${amount ?? 'money'} from Rehabiliteringsgarantin` : `${payer} can pay${amount ? ` ${amount}` : ''}`} depends on ${n === 1 ? 'one answer' : `${numEn(n)} answers`}.`,
      notYet: (payer) => `It cannot be said yet whether ${payer} can pay.`,
      findOut: 'How do I find out?', answer: 'Answer', answerQuestion: (q) => `Answer: ${q}`,
      openHeading: 'Answers needed', openIntro: 'Each question is here once, with the schemes its answer decides.',
      openCount: (answers, questions) => `${numEn(answers)} answers are needed for ${questions === 1 ? 'one question' : `${numEn(questions)} questions`}.`,
      openEach: (n) => `The question is about ${numEn(n)} measures. Each measure needs its own answer, so ${numEn(n)} answers. The “Answer” button takes you through them one at a time.`,
      answerOne: 'Answer for one particular measure',
      decides: (names) => `Decides: ${names}`, toOpen: (heading) => `See the questions under “${heading}”`,
      changes: 'What would change it',
      unchangeable: (id, payer) => `We find nothing in this case you could change that makes ${id === 'fk_samordning' ? 'Försäkringskassan able to coordinate the rehabilitation'
        : id === 'rehabiliteringsgarantin' ? 'the region able to get money from the rehabilitation guarantee' : `${payer} pay`}.`,
      who: { employer: 'the employer', provider: 'the provider', person: 'the person' },
      you: { employer: 'you', provider: 'you', person: 'you' },
      can: (who, action) => `${who} can ${action}`,
      or: (xs) => xs.join(', or '),
      forMeasure: (caption, label) => `For ${caption.toLowerCase()} (${label.toLowerCase()}): `,
      answerBecomes: (q, values) => `the answer to "${q}" can become ${LIST.en(values.map((v) => `"${v}"`), 'or')}`,
      thenPays: (id, payer, amount) => (id === 'fk_samordning' ? 'Then Försäkringskassan can coordinate the rehabilitation.'
        : id === 'rehabiliteringsgarantin' ? `Then the region can get ${amount ?? 'money'} from Rehabiliteringsgarantin.` : `Then ${payer} can pay${amount ? ` ${amount}` : ''}.`),
      answerIs: (q, values, measure) => `the answer to "${q}"${measure ? ` for ${measure}` : ''} is ${LIST.en(values.map((v) => `"${v}"`), 'or')}`,
      ifAnswers: (conds, more, then) => `If ${more ? 'in addition ' : ''}${LIST.en(conds, 'and')}, ${then}`,
      paysIf: (id, payer, amount, open) => (id === 'fk_samordning' ? `Försäkringskassan ${open ? 'may' : 'can'} coordinate the rehabilitation`
        : id === 'rehabiliteringsgarantin' && !open ? `the region can get ${amount ?? 'money'} from Rehabiliteringsgarantin` : `${payer} can pay${amount ? ` ${amount}` : ''}`)
        + (open ? ', depending on answers then needed.' : '.'),
      bothThenPays: (id, payer, amount) => `With both, ${id === 'fk_samordning' ? 'Försäkringskassan can coordinate the rehabilitation' : `${payer} can pay${amount ? ` ${amount}` : ''}`}.`,
      thenOpen: (id, payer, amount) => `Then ${id === 'fk_samordning' ? 'Försäkringskassan may coordinate the rehabilitation' : `${payer} can pay${amount ? ` ${amount}` : ''}`}, depending on answers then needed.`,
      order: (names, total, sure) => `${sure ? 'First' : `If ${names.length > 2 ? 'they are' : 'both are'} granted: first`} ${names[0]}${names.slice(1, -1).map((n) => `, then ${n}`).join('')}, ${names.length > 2 ? 'last' : 'then'} ${names[names.length - 1]}${total ? `: together at most ${total}` : ''}.`,
      by: (name, d) => `${name} (by ${d})`,
      reasonIn: 'See the assessment',
    },
    // "FK" means nothing to a reader of English: the agency's name.
    schemeShort: { afa_rehabiliteringsstod: 'AFA', fk_arbetsplatsinriktat: 'Försäkringskassan', rehabiliteringsgarantin: 'Guarantee', fk_samordning: 'Coordination' },
    summary: { heading: 'Summary from Rehabkollen', answers: 'Your answers', question: 'Question', answer: 'Answer', result: 'Result',
      others: 'Answers that do not affect the result', othersWhy: 'You gave these answers, but with your other answers they make no difference to the result.' },
    more: { shown: (a, b) => `Showing ${numEn(a)} of ${numEn(b)}.`, show: (n) => `Show ${numEn(n)} more` },
    file: {
      name: 'rehabkollen-answers.json', saved: 'The answers are saved as a file. It is only on your computer.',
      opened: 'The saved answers have been read.', notJson: 'The file is not a file of saved answers from Rehabkollen (JSON).',
      rejected: (msg) => `The answers could not be used: ${msg}. The earlier answers are kept.`,
      unreadableAnswers: 'they could not be read',
      tooBig: (size, max) => `The file is ${size} and was not read. A file of saved answers is at most ${max}. The earlier answers are kept.`,
      unreadable: 'The file could not be read. Choose it again, or save the answers again. The earlier answers are kept.',
      empty: 'The file is empty and was not read. The earlier answers are kept.',
      noAnswers: 'The file holds no answers and was not read, so that your answers are not lost. The earlier answers are kept.',
    },
    errors: {
      money: 'Write the amount in kronor, for example 12 000 or 12000.50.', integer: 'Write a whole number, for example 44.',
      moneyBelow: (min) => `The amount cannot be less than ${min}.`, moneyAbove: (max) => `The amount is too large. Write at most ${max}.`,
      numberBelow: (min) => `The number cannot be less than ${min}.`, numberAbove: (max) => `The number is too large. Write at most ${max}.`,
      datePart: { day: 'a day', month: 'a month', year: 'a year' },
      dateMissing: (parts) => `The date must include ${parts.join(' and ')}.`,
      dateWrong: {
        day: 'Write the day as a number from 1 to 31.',
        month: 'Write the month as a number from 1 to 12 or as its name, for example 3 or March.',
        year: 'Write the year with four digits, for example 2027.',
      },
      dateNoSuchDay: (month, year, days) => `${month} ${year} has ${days} days. Write a day from 1 to ${days}.`,
    },
    loadError: 'Rehabkollen could not be loaded. Check the connection and reload the page.',
    integrityError: 'A file Rehabkollen needs could not be verified, so Rehabkollen did not start. Reload the page. If that does not help, contact whoever runs the website.',
    providerLoadError: 'The tools for providers could not be loaded. Check the connection and try again. The questions work as usual.',
    providerIntegrityError: 'The tools for providers did not start: a file they need could not be verified. The questions work as usual. If reloading the page does not help, contact whoever runs the website.',
    loading: 'Loading …',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    aboutPage: {
      heading: 'About the service',
      sections: [
        ['What Rehabkollen does', 'Rehabkollen shows which support for work-oriented rehabilitation may apply, what is reimbursed, how much and by when to apply. It helps you prepare an application; it is not a decision. AFA Försäkring, Försäkringskassan and the region decide.'],
        ['The rules and the sources', "Every rule has an id, a text in Swedish and English and a source: AFA Försäkring's and Försäkringskassan's own pages and the agreements that apply. When a source changes, the rule is rewritten and the rules version goes up. The rules are open source and tested against cases from the sources. Every result shows the rule and source it rests on."],
        ['Nothing is stored', 'Everything you type stays in your browser. The page sends nothing, sets no cookies and puts nothing in the address bar. To continue later, save the answers as a file on your own computer.'],
      ],
      a11yHeading: 'Accessibility statement',
      a11y: [
        'Rehabkollen should be usable by as many people as possible. This statement describes how the service meets the Swedish act (2018:1937) on accessibility to digital public services and WCAG 2.1 level AA.',
        'How we tested: automated tests with axe-core on the start page, every question page, the check-your-answers page and the result page; the whole flow by keyboard alone; at 375 and 1,280 pixels wide and at 200 per cent zoom; printing the summary.',
        'Status: Rehabkollen partially conforms to WCAG 2.1 level AA. The automated tests find no problems, but the service has not yet been reviewed manually against every criterion nor tested with screen readers together with users.',
        'Known problems: the stored source texts are shown as plain text. The question texts come from the rules engine and sometimes say "the person" instead of "the employee".',
        "If you find a problem, describe it in the project's issue tracker. The Agency for Digital Government (Digg) supervises the act.",
        'This statement was updated on 25 November 2026.',
      ],
      version: (v, d) => `Rules version ${v}, sources read ${d}.`,
      embed: 'Embed Rehabkollen on your website',
    },
    docs: { '000_25e51b488a68ee13.txt': 'AFA Försäkring: Rehabiliteringsstödet', '001_f179ac39f29b4ebd.txt': 'Försäkringskassan: Rehabilitation services that qualify', '002_44686c56c502207a.txt': 'Försäkringskassan: Reporting workplace-oriented support', '003_9e52da95b2f4db62.txt': 'SKL: Agreement on Rehabiliteringsgarantin', '004_ebaf56c7424ac0c3.txt': 'Försäkringskassan: Applying for coordination of rehabilitation' },
  },
};

/** "2027-02-01" → "1 februari 2027" (sv) or "1 February 2027" (en). */
export function dateWords(iso, lang) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return String(iso ?? '');
  return `${Number(m[3])} ${CHROME[lang].months[Number(m[2]) - 1]} ${m[1]}`;
}
