//! `import-catalog`: builds public/catalog.json and catalog.schema.json from the sources.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use hub_importer::{check, import, to_json, Paths};

const USAGE: &str =
    "usage: import-catalog [--sources DIR] [--data DIR] [--out DIR] [--litellm-url URL] [--openrouter-url URL] [--genaiprices-url URL] [--as-of SOURCE=DATE]... [--check]
  --sources DIR   upstream snapshots (default ../shared/data/sources)
  --data DIR      reviewed files: providers, models, creators, sources (default data)
  --out DIR       where catalog.json and catalog.schema.json go; the existing catalog.json there
                  is the previous catalog whose history is carried forward (default public)
  --as-of S=DATE  the snapshot date of source S (a refresh's fetch date), replacing data/sources.toml's
  --check         build and validate, write nothing; exit 1 if the written file would differ";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut sources = PathBuf::from("../shared/data/sources");
    let mut data = PathBuf::from("data");
    let mut out = PathBuf::from("public");
    let (mut litellm_url, mut openrouter_url, mut genaiprices_url, mut check_only) = (None, None, None, false);
    let mut as_of: Vec<(String, String)> = Vec::new();
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        let r = match a.as_str() {
            "--sources" => val().map(|v| sources = v.into()),
            "--data" => val().map(|v| data = v.into()),
            "--out" => val().map(|v| out = v.into()),
            "--litellm-url" => val().map(|v| litellm_url = Some(v)),
            "--openrouter-url" => val().map(|v| openrouter_url = Some(v)),
            "--genaiprices-url" => val().map(|v| genaiprices_url = Some(v)),
            "--as-of" => val().and_then(|v| match v.split_once('=') {
                Some((id, date)) => {
                    as_of.push((id.to_owned(), date.to_owned()));
                    Ok(())
                }
                None => Err(format!("--as-of needs SOURCE=YYYY-MM-DD, not {v}")),
            }),
            "--check" => {
                check_only = true;
                Ok(())
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => Err(format!("unknown argument {a}")),
        };
        if let Err(e) = r {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    }
    let catalog_path = out.join("catalog.json");
    let paths = Paths { sources, data, previous: Some(catalog_path.clone()), litellm_url, openrouter_url, genaiprices_url, as_of };
    let (file, summary) = match import(&paths) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("import failed: {e}");
            return ExitCode::FAILURE;
        }
    };
    let problems = check(&file);
    if !problems.is_empty() {
        eprintln!("refusing to write: {} problem(s)", problems.len());
        for p in &problems {
            eprintln!("  {p}");
        }
        return ExitCode::FAILURE;
    }
    let json = to_json(&file);
    let up_to_date = std::fs::read_to_string(&catalog_path).is_ok_and(|old| old == json);
    if !check_only {
        let schema = hub_core::catalog_json_schema();
        if let Err(e) = std::fs::write(&catalog_path, &json).and_then(|_| std::fs::write(out.join("catalog.schema.json"), schema)) {
            eprintln!("write failed: {e}");
            return ExitCode::FAILURE;
        }
    }
    // Printing never aborts the run (e.g. when piped into `head`).
    let mut o = std::io::stdout().lock();
    let _ = writeln!(o, "models     {}", summary.models);
    let _ = writeln!(o, "offers     {}", summary.offers);
    let _ = writeln!(o, "providers  {}", summary.providers);
    let _ = writeln!(o, "conflicts  {} (prices that sources disagree on by more than 1%)", summary.conflicts.len());
    let _ = writeln!(o, "history    {} points on {} offers", summary.history_points, summary.offers_with_history);
    let _ = writeln!(o, "size       {} bytes", json.len());
    let _ = writeln!(o, "identity, kind and unit rules, what each changed:");
    for (rule, n) in &summary.rules {
        let _ = writeln!(o, "  {n:6}  {rule}");
    }
    let kinds: Vec<String> = summary.kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let _ = writeln!(o, "kinds      {}", kinds.join(", "));
    let cur: Vec<String> = summary.currencies.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let _ = writeln!(o, "currencies {} (offers)", cur.join(", "));
    let _ = writeln!(o, "parameter counts fixed by the name rule: {}", summary.param_fixes.len());
    for f in &summary.param_fixes {
        let _ = writeln!(o, "  {f}");
    }
    let _ = writeln!(o, "release dates replaced (before the month the slug names, or outvoted by hosts): {}", summary.date_fixes.len());
    for f in &summary.date_fixes {
        let _ = writeln!(o, "  {f}");
    }
    let _ = writeln!(o, "context windows the creator's API and OpenRouter give against the creator's card: {}", summary.context_fixes.len());
    for f in &summary.context_fixes {
        let _ = writeln!(o, "  {f}");
    }
    if summary.genai_shared > 0 {
        let _ = writeln!(
            o,
            "genai-prices agreement: {} of {} shared price figures ({:.1}%) within 1%; the others are conflicts on their offers",
            summary.genai_agree,
            summary.genai_shared,
            100.0 * summary.genai_agree as f64 / summary.genai_shared as f64
        );
    }
    let _ = writeln!(o, "left out, by reason:");
    for (reason, n) in &summary.skipped {
        let _ = writeln!(o, "  {n:6}  {reason}");
    }
    let _ = writeln!(o, "deprecated by a source, no retirement date (review for data/retirements.toml): {}", summary.deprecated_undated.len());
    for id in &summary.deprecated_undated {
        let _ = writeln!(o, "  {id}");
    }
    let _ = writeln!(o, "left out as implausible or unreachable (review the source): {}", summary.implausible.len());
    for line in &summary.implausible {
        let _ = writeln!(o, "  {line}");
    }
    let _ = writeln!(o, "biggest conflicts:");
    for (offer, field, values, ratio) in summary.conflicts.iter().take(10) {
        let vals: Vec<String> = values.iter().map(|(s, v)| format!("{s} {v}")).collect();
        let _ = writeln!(o, "  {ratio:7.2}x  {offer} {field}: {}", vals.join(" vs "));
    }
    if check_only {
        let _ = writeln!(o, "{}", if up_to_date { "catalog.json is up to date" } else { "catalog.json would change" });
        return if up_to_date { ExitCode::SUCCESS } else { ExitCode::FAILURE };
    }
    let _ = writeln!(o, "wrote {}", catalog_path.display());
    ExitCode::SUCCESS
}
