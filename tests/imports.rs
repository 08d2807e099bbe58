//! No import circle among the core's modules: every `crate::…` path in `crates/core/src` (test
//! code and comments aside) is an edge from the module that writes it to the module it names, and the graph
//! of those edges has no cycle. A circle found is printed module by module.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module of the core by its path (`schemes::afa`), with its source, test code cut off.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
            if path.is_dir() {
                walk(&path, &format!("{prefix}{stem}::"), out);
            } else if path.extension().is_some_and(|e| e == "rs") && stem != "lib" {
                let name =
                    if stem == "mod" { prefix.trim_end_matches("::").to_owned() } else { format!("{prefix}{stem}") };
                let text = std::fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap();
                // Comments name modules too (`crate::explain` in a doc comment): they are not imports.
                let code = code.lines().map(|l| l.split("//").next().unwrap()).collect::<Vec<_>>().join("\n");
                out.insert(name, code);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/src"), "", &mut out);
    out
}

/// The modules a source names: `crate::a::b` (the longest known prefix), `crate::{a, b::c}`,
/// and `super::` from a submodule.
fn names(module: &str, code: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == ':';
    let longest = |path: &str| {
        let parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        (1..=parts.len()).rev().map(|n| parts[..n].join("::")).find(|p| known.contains(p))
    };
    let mut out = BTreeSet::new();
    let parent = module.rsplit_once("::").map(|(p, _)| p.to_owned());
    for (at, _) in code.match_indices("crate::").chain(code.match_indices("super::")) {
        let rest = &code[at..];
        let (base, rest) = if let Some(r) = rest.strip_prefix("crate::") {
            (String::new(), r)
        } else {
            (parent.clone().map(|p| format!("{p}::")).unwrap_or_default(), &rest["super::".len()..])
        };
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..group.find('}').unwrap_or(group.len())];
            for item in group.split(',') {
                let item: String = item.trim().chars().take_while(|c| ident(*c)).collect();
                out.extend(longest(&format!("{base}{item}")));
            }
        } else {
            let path: String = rest.chars().take_while(|c| ident(*c)).collect();
            out.extend(longest(&format!("{base}{path}")));
        }
    }
    out.remove(module);
    out
}

#[test]
fn the_core_has_no_import_circle() {
    let modules = modules();
    assert!(modules.len() > 20 && modules.contains_key("schemes::afa"), "found {:?}", modules.keys());
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    let graph: BTreeMap<&str, BTreeSet<String>> =
        modules.iter().map(|(m, code)| (m.as_str(), names(m, code, &known))).collect();
    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit<'a>(
        m: &'a str,
        graph: &'a BTreeMap<&str, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| *p == m) {
            return Some(path[i..].iter().chain([&m]).map(|s| s.to_string()).collect());
        }
        if !done.insert(m) {
            return None;
        }
        path.push(m);
        for next in &graph[m] {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        if let Some(circle) = visit(m, &graph, &mut Vec::new(), &mut done) {
            panic!("an import circle: {}", circle.join(" → "));
        }
    }
}

#[test]
fn the_search_finds_a_circle_it_is_shown() {
    // The reader of paths itself: two modules naming each other are seen as such.
    let known: BTreeSet<String> = ["a", "b", "schemes", "schemes::afa"].map(String::from).into();
    assert_eq!(names("a", "use crate::{b, schemes::afa};", &known), ["b", "schemes::afa"].map(String::from).into());
    assert_eq!(names("schemes::afa", "use super::X; crate::a::f()", &known), ["a", "schemes"].map(String::from).into());
}
