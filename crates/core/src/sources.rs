//! Where each rule comes from: a seed document (by file name and section heading) and the public
//! pages named by their ids in [`PAGES`] (A1…A15, F1…F13, R1…R13, S1…S13, P1…P7; listed in docs/RULES.md).
//!
//! Every source has a `url`: the official page. A seed is a stored copy of an official page
//! ([`PAGES`] names it: A0, F7, F5, R1, S1), so a seed's `url` is that page and its `doc` the
//! stored text a page can offer as a secondary link (`www/sources/`). A web source's `url` is the
//! first page its `ref` names; the registry (`rules(lang)`) lists every page it names.
//! The lookup runs at compile time: a source naming a page that is not in [`PAGES`] does not build.

use serde::Serialize;

/// A citation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The seed file, when the rule comes from a seed (the stored copy of `url`).
    pub doc: Option<&'static str>,
    /// The official page: the page the seed copies, or the first page `ref` names.
    pub url: &'static str,
    /// The heading in the seed, or the page and paragraph.
    pub section: &'static str,
    /// The ids of the public pages in [`PAGES`] (e.g. `"A9, A14"`), empty when none.
    #[serde(rename = "ref")]
    pub refs: &'static str,
    /// A secondary source: the rules ask the checker to say so.
    pub secondary: bool,
}

const fn source(
    doc: Option<&'static str>,
    url: &'static str,
    section: &'static str,
    refs: &'static str,
    secondary: bool,
) -> Source {
    Source { doc, url, section, refs, secondary }
}

pub const AFA: &str = "000_25e51b488a68ee13.txt";
pub const FK_SERVICES: &str = "001_f179ac39f29b4ebd.txt";
pub const FK_REPORT: &str = "002_44686c56c502207a.txt";
pub const RG: &str = "003_9e52da95b2f4db62.txt";
pub const SAM: &str = "004_ebaf56c7424ac0c3.txt";

/// Every page a rule cites, by its id (the Sources table of docs/RULES.md), with the pages the seeds copy (A0 is AFA's page that seed
/// 000 copies; F7, F5, R1 and S1 are the pages seeds 001–004 copy): id, address, and the title a
/// link to it shows ("Regler och källor" names a source by it, never by its address or file).
pub const PAGES: &[(&str, &str, &str)] = &[
    ("A0", "https://www.afaforsakring.se/arbetsgivare--fack/rehabiliteringsstod/rehabiliteringstod/", "AFA Försäkring: Rehabiliteringsstöd"),
    ("A1", "https://www.afaforsakring.se/arbetsgivare--fack/rehabiliteringsstod/fragor-och-svar/", "AFA Försäkring: Frågor och svar om rehabiliteringsstöd (arbetsgivare och fack)"),
    ("A2", "https://www.afaforsakring.se/ohalsa-och-arbetsskador/rehabiliteringsstod/fragor-och-svar-rehabiliteringsstod", "AFA Försäkring: Frågor och svar om rehabiliteringsstöd (ohälsa och arbetsskador)"),
    ("A3", "https://www.afaforsakring.se/kundtjanst/fragor-och-svar/rehabiliteringsstod-vem-kan-ansoka", "AFA Försäkring: Rehabiliteringsstöd – vem kan ansöka?"),
    ("A4", "https://www.afaforsakring.se/kundtjanst/fragor-och-svar/rehabiliteringsstod-hur-stor-ersattning", "AFA Försäkring: Rehabiliteringsstöd – hur stor är ersättningen?"),
    ("A5", "https://www.afaforsakring.se/kundtjanst/fragor-och-svar/rehabiliteringsstod-sista-ansokningsdag", "AFA Försäkring: Rehabiliteringsstöd – sista dag att ansöka"),
    ("A6", "https://www.afaforsakring.se/kundtjanst/fragor-och-svar/rehabiliteringsstod-ersattning-arbetslos", "AFA Försäkring: Rehabiliteringsstöd – ersättning för den som är arbetslös"),
    ("A7", "https://www.afaforsakring.se/kundtjanst/fragor-och-svar/vilka-handlingar-behovs-for-ansokan", "AFA Försäkring: Vilka handlingar behövs för ansökan?"),
    ("A8", "https://www.afaforsakring.se/arbetsgivare--fack/rehabiliteringsstod/utkast---rehabiliteringsstod/", "AFA Försäkring: Rehabiliteringsstöd (sida märkt utkast)"),
    ("A9", "https://www.afaforsakring.se/arbetsgivare--fack/rehabiliteringsstod/forutsattningar-for-att-ansoka/", "AFA Försäkring: Förutsättningar för att ansöka om rehabiliteringsstöd"),
    ("A10", "https://www.vindeln.se/personalsidor/rehabilitering-och-halsa/rehabiliteringsrutiner/ansokan-om-rehabstod", "Vindelns kommun: Ansökan om rehabstöd (personalsida)"),
    ("A11", "https://www.blankettguiden.se/ags-fonden-stod-till-arbetslivsinriktad-rehabilitering/", "Blankettguiden: AGS-fonden – stöd till arbetslivsinriktad rehabilitering"),
    ("A12", "https://tsl.se/arbetsgivare/avgangsbidrag/rehabilitering-svenska-re/", "TSL: Rehabilitering (Svenska RE)"),
    ("A13", "https://www.kfo.se/avtal--radgivning/pension-och-forsakring/arbetare-kap-gtp/avtalgruppsjukforsakring/stod-till-rehabiliteringsinsatser/", "KFO: Stöd till rehabiliteringsinsatser (avtalsgruppsjukförsäkring)"),
    ("A14", "https://www.afaforsakring.se/kundtjanst/fragor-och-svar", "AFA Försäkring: Frågor och svar (kundtjänst)"),
    ("A15", "https://www.afaforsakring.se/om-oss/nyheter/guide-till-olika-forsakringar", "AFA Försäkring: Guide till olika försäkringar"),
    ("F1", "https://www.paragraf.nu/2014:67", "Förordning (2014:67) om bidrag till arbetsgivare för arbetsplatsnära stöd för återgång i arbete (Paragraf.nu)"),
    ("F2", "http://klevringsjuridik.se/law/lag-2014-67/", "Förordning (2014:67), ursprunglig lydelse (Klevrings juridik)"),
    ("F3", "https://www.global-regulation.com/translation/sweden/2987527/regulation-%25282014%253a67%2529-if-contributions-to-employers-for-workplace-close-support-for-return-to-work.html", "Förordning (2014:67) i engelsk maskinöversättning (Global-Regulation)"),
    ("F4", "https://www.arbetsgivaralliansen.se/nyheter/bidrag-for-arbetsplatsnara-stod/", "Arbetsgivaralliansen: Bidrag för arbetsplatsnära stöd"),
    ("F5", "https://www.forsakringskassan.se/halso-och-sjukvarden/for-dig-som-utfor-rehabiliteringstjanster-at-arbetsgivare/redovisa-arbetsplatsinriktat-rehabiliteringsstod", "Försäkringskassan: Redovisa arbetsplatsinriktat rehabiliteringsstöd"),
    ("F6", "https://www.forsakringskassan.se/halso-och-sjukvarden/for-dig-som-utfor-rehabiliteringstjanster-at-arbetsgivare/att-vara-godkand-anordnare-av-arbetsplatsinriktat-rehabiliteringsstod", "Försäkringskassan: Att vara godkänd anordnare av arbetsplatsinriktat rehabiliteringsstöd"),
    ("F7", "https://www.forsakringskassan.se/halso-och-sjukvarden/for-dig-som-utfor-rehabiliteringstjanster-at-arbetsgivare/rehabiliteringstjanster-som-ger-ratt-till-bidrag", "Försäkringskassan: Rehabiliteringstjänster som ger rätt till bidrag"),
    ("F8", "https://www.forsakringskassan.se/halso-och-sjukvarden/for-dig-inom-foretagshalsovarden", "Försäkringskassan: För dig inom företagshälsovården"),
    ("F9", "https://www.forsakringskassan.se/arbetsgivare/ersattningar-och-bidrag/arbetsplatsinriktat-rehabiliteringsstod", "Försäkringskassan: Arbetsplatsinriktat rehabiliteringsstöd (för arbetsgivare)"),
    ("F10", "https://www.forsakringskassan.se/arbetsgivare/ersattningar-och-bidrag/bidrag-for-att-forebygga-och-forkorta-sjukfranvaro", "Försäkringskassan: Bidrag för att förebygga och förkorta sjukfrånvaro (äldre sida)"),
    ("F11", "https://docplayer.se/amp/24596008-Remiss-1-1-datum-postadress-kundcenter-for-privatpersoner-bankgiro-stockholm.html", "Försäkringskassan: Remiss och konsekvensutredning om FKFS 2014:1 (Docplayer)"),
    ("F12", "https://skl.se/arbetsgivarekollektivavtal/nyhetsarkivarbetsgivarekollektivavtal/nyhetsarkivarbetsgivarfragor/bidragtillarbetsplatsnarastodforattmotverkasjukskrivningar.8735.html", "SKL: Bidrag till arbetsplatsnära stöd för att motverka sjukskrivningar"),
    ("F13", "http://www.foretagshalsor.se/foretagshalsovard/bidrag-arbetsplatsnara-stod", "Företagshälsor: Bidrag för arbetsplatsnära stöd"),
    ("R1", "https://skr.se/halsasjukvard/sjukskrivningochrehabilitering/smartaochpsykiskohalsa/overenskommelsemedstaten.1035.html", "SKR: Överenskommelse med staten om rehabiliteringsgarantin"),
    ("R2", "https://studylibsv.com/doc/545457/fr%C3%A5gor-och-svar-rehabiliteringsgarantin", "SKL: Frågor och svar om rehabiliteringsgarantin 2015 (Studylib)"),
    ("R3", "http://www.regeringen.se/pressmeddelanden/2014/12/avtal-med-sveriges-kommuner-och-landsting-om-rehabiliteringsgarantin-/", "Regeringen: Avtal med Sveriges Kommuner och Landsting om rehabiliteringsgarantin"),
    ("R4", "https://data.riksdagen.se/dokument/H303109.html", "Riksdagen: Regeringens skrivelse 2015/16:109"),
    ("R5", "https://www.riksrevisionen.se/rapporter/granskningsrapporter/2015/rehabiliteringsgarantin-fungerar-inte---tank-om-eller-lagg-ner/bakgrund.html", "Riksrevisionen: Rehabiliteringsgarantin fungerar inte – tänk om eller lägg ner (RiR 2015:19)"),
    ("R6", "https://arbetet.se/2010/12/28/rehabilitera-dig-via-internet/", "Arbetet: Rehabilitera dig via internet"),
    ("R7", "https://lakartidningen.se/debatt-och-brev/2009/03/regeringens-storsatsning-brmot-psykisk-ohalsa-braventyrar-patientsakerheten/", "Läkartidningen: Regeringens storsatsning mot psykisk ohälsa äventyrar patientsäkerheten"),
    ("R8", "https://studylibsv.com/doc/224990/redovisningsblankett-kbt", "Redovisning av KBT-behandling enligt rehabiliteringsgarantin 2011 (Studylib)"),
    ("R9", "https://kunskapsguiden.se/aldre/Kunskapsunderlag/Statistik/Sidor/Rehabiliteringsgarantin-2014-erfarenheter-och-resultat.aspx", "Kunskapsguiden: Rehabiliteringsgarantin 2014 – erfarenheter och resultat"),
    ("R10", "https://www.hbgvc.se/rehabiliteringsgaranti/", "En vårdcentrals sida om rehabiliteringsgarantin (hbgvc.se)"),
    ("R11", "https://studylibsv.com/doc/214892/godk%C3%A4nnande-av-en-%C3%B6verenskommelse-om", "Regeringsbeslut: Godkännande av en överenskommelse om rehabiliteringsgarantin (Studylib)"),
    ("R12", "https://www.altinget.se/vard/artikel/15-miljarder-ska-faa-ner-sjuktalen", "Altinget: 15 miljarder ska få ner sjuktalen"),
    ("R13", "https://samverkan.regionsormland.se/utveckling-och-samarbete/forsakringsmedicin/koordineringsinsatser-for-sjukskrivna-patienter/", "Region Sörmland: Koordineringsinsatser för sjukskrivna patienter"),
    ("S1", "https://www.forsakringskassan.se/privatperson/sjuk/ansokan-om-samordning-av-rehabiliteringsinsatser", "Försäkringskassan: Ansökan om samordning av rehabiliteringsinsatser"),
    ("S2", "https://finsamsuvs.se/insatser/samordning-av-rehabiliteringsinsatser", "Finsam SUVS: Samordning av rehabiliteringsinsatser"),
    ("S3", "https://kunskapsguiden.se/omraden-och-teman/ekonomiskt-bistand/socialforsakringar/formaner-for-vuxna-personer/", "Kunskapsguiden: Förmåner för vuxna personer"),
    ("S4", "https://kunskapsguiden.se/omraden-och-teman/ekonomiskt-bistand/socialforsakringar/samordning-av-rehabiliteringsinsatser-hos-forsakringskassan/", "Kunskapsguiden: Samordning av rehabiliteringsinsatser hos Försäkringskassan"),
    ("S5", "https://www.forsakringskassan.se/myndigheter_old/kommuner/sjukforsakring/rehabiliteringsersattning", "Försäkringskassan: Rehabiliteringsersättning (äldre sida för kommuner)"),
    ("S6", "http://www.riksdagen.se/sv/dokument-lagar/dokument/svensk-forfattningssamling/forordning-19911321-om_sfs-1991-1321", "Riksdagen: Förordning (1991:1321) om rehabiliteringsersättning"),
    ("S7", "https://www.lagboken.se/Lagboken/start/sfs/sfs/2009/1400-1499/d_603723-sfs-2009_1485-forordning-om-andring-i-forordningen-1991_1321-om-rehabiliteringsersattning", "Lagboken: SFS 2009:1485, ändring i förordningen (1991:1321) om rehabiliteringsersättning"),
    ("S8", "https://www.forsakringskassan.se/privatperson/arbetssokande/ersattning-for-dig-som-deltar-i-program-hos-arbetsformedlingen", "Försäkringskassan: Ersättning för dig som deltar i program hos Arbetsförmedlingen"),
    ("S9", "https://www.forsakringskassan.se/privatpers/arbetssokande/om_du_ar_arbetssokande_eller_deltar_i_arbetsmarknadspolitiskt_program/utvecklingsersattning", "Försäkringskassan: Utvecklingsersättning (äldre sida)"),
    ("S10", "https://arbetsmarknadstorgen.se/ungdomstorget/faq/hur-kan-jag-fa-ekonomiskt-stod-som-arbetssokande/", "Arbetsmarknadstorgen: Hur kan jag få ekonomiskt stöd som arbetssökande?"),
    ("S11", "https://www.forsakringskassan.se/privatperson/sjuk-eller-skadad/forebyggande-sjukpenning-rehabilitering-eller-planerad-vard", "Försäkringskassan: Förebyggande sjukpenning, rehabilitering eller planerad vård"),
    ("S12", "https://www.forsakringskassan.se/halso-och-sjukvarden/sjukdom-och-skada/utlatande-for-forebyggande-sjukpenning", "Försäkringskassan: Utlåtande för förebyggande sjukpenning"),
    ("S13", "https://lagen.nu/prop/2019/20:126", "Lagen.nu: Proposition 2019/20:126"),
    ("P1", "https://www4.skatteverket.se/rattsligvagledning/edition/2020.9/330245.html", "Skatteverket: Rättslig vägledning 2020.9 om personnummer"),
    ("P2", "https://www.faronline.se/dokument/skatteverket/meddelanden/2010_2013/skvm20100003/", "Skatteverket: Meddelande SKVM 2010:3 om samordningsnummer (FAR Online)"),
    ("P3", "http://termbank.socialstyrelsen.se/showterm.php?fTid=281", "Socialstyrelsens termbank"),
    ("P4", "https://www4.skatteverket.se/rattsligvagledning/edition/2023.10/391241.html", "Skatteverket: Rättslig vägledning 2023.10"),
    ("P5", "https://sv.m.wikipedia.org/wiki/Personnummer_i_Sverige", "Wikipedia: Personnummer i Sverige"),
    // Organisation numbers (the invoice checker's ORG rules): the law, and how the check digit is formed.
    ("P6", "https://rkrattsbaser.gov.se/sfst?bet=1974:174", "Regeringskansliets rättsdatabaser: Lag (1974:174) om identitetsbeteckning för juridiska personer m.fl."),
    ("P7", "https://sv.wikipedia.org/wiki/Organisationsnummer", "Wikipedia: Organisationsnummer"),
];

/// Whether `refs` at byte `at` holds exactly `id` (followed by its end, a comma or a space).
const fn names_at(refs: &[u8], at: usize, id: &[u8]) -> bool {
    if at + id.len() > refs.len() {
        return false;
    }
    let mut i = 0;
    while i < id.len() {
        if refs[at + i] != id[i] {
            return false;
        }
        i += 1;
    }
    at + id.len() == refs.len() || refs[at + id.len()] == b',' || refs[at + id.len()] == b' '
}

/// The address of the page `refs` names at byte `at`; the build fails when there is none.
const fn url_at(refs: &str, at: usize) -> &'static str {
    let mut p = 0;
    while p < PAGES.len() {
        if names_at(refs.as_bytes(), at, PAGES[p].0.as_bytes()) {
            return PAGES[p].1;
        }
        p += 1;
    }
    panic!("a source names a page that is not in PAGES")
}

/// The address of a page by its id (`"F6"`); `None` when [`PAGES`] has no such page.
pub fn url(id: &str) -> Option<&'static str> {
    PAGES.iter().find(|(i, _, _)| *i == id).map(|(_, u, _)| *u)
}

/// The title of a page by its id (`"F1"`): what a link to it says.
pub fn title(id: &str) -> Option<&'static str> {
    PAGES.iter().find(|(i, _, _)| *i == id).map(|(_, _, t)| *t)
}

/// The ids a `ref` names, in order (`"A9, A14"` → `A9`, `A14`).
pub fn ids(refs: &str) -> impl Iterator<Item = &str> {
    refs.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// The official page a seed copies ([`PAGES`]: A0, F7, F5, R1, S1).
const fn seed_page(doc: &str) -> &'static str {
    let page = match doc.as_bytes()[2] {
        b'0' => "A0",
        b'1' => "F7",
        b'2' => "F5",
        b'3' => "R1",
        b'4' => "S1",
        _ => panic!("not a seed"),
    };
    url_at(page, 0)
}

/// A seed and its section heading.
pub const fn seed(doc: &'static str, section: &'static str) -> Source {
    source(Some(doc), seed_page(doc), section, "", false)
}

/// A seed with supporting public pages.
pub const fn seed_and(doc: &'static str, section: &'static str, refs: &'static str) -> Source {
    source(Some(doc), seed_page(doc), section, refs, false)
}

/// Public pages only; `url` is the first page named.
pub const fn web(refs: &'static str, section: &'static str) -> Source {
    source(None, url_at(refs, 0), section, refs, false)
}

/// A secondary public page (the rules: "secondary source: say so").
pub const fn secondary(refs: &'static str, section: &'static str) -> Source {
    source(None, url_at(refs, 0), section, refs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_links_the_page_it_copies_and_a_web_source_its_first_page() {
        assert_eq!(seed(AFA, "x").url, url("A0").unwrap());
        assert_eq!(seed(FK_SERVICES, "x").url, url("F7").unwrap());
        assert_eq!(seed(FK_REPORT, "x").url, url("F5").unwrap());
        assert_eq!(seed(RG, "x").url, url("R1").unwrap());
        assert_eq!(seed(SAM, "x").url, url("S1").unwrap());
        assert_eq!(web("A9, A14, A3", "x").url, url("A9").unwrap());
        // "A1" must not be read as the start of "A14", nor "F1" of "F10".
        assert_eq!(web("A14", "x").url, url("A14").unwrap());
        assert_eq!(web("F10", "x").url, url("F10").unwrap());
        assert_eq!(ids("A9, A14,A3").collect::<Vec<_>>(), ["A9", "A14", "A3"]);
    }

    #[test]
    fn page_ids_are_unique_and_addresses_are_web_addresses() {
        for (i, (id, u, title)) in PAGES.iter().enumerate() {
            assert!(u.starts_with("https://") || u.starts_with("http://"), "{id}");
            assert!(PAGES[..i].iter().all(|(j, _, _)| j != id), "{id} twice");
            // A title a reader recognises: words, not an address or a file name.
            assert!(title.len() >= 12 && !title.contains("://") && !title.contains(".txt"), "{id}: {title}");
        }
    }
}
