//! `scripts/refresh` end to end on a fake network root: the fixture sources
//! served from `file://`, one LiteLLM price changed. Needs bash, curl, tar and
//! python3 (the script's own tools).

use std::path::{Path, PathBuf};
use std::process::Command;

use hub_core::parse_catalog;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sources")
}

fn run(cmd: &mut Command) -> std::process::Output {
    cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"))
}

/// A network root with the paths scripts/refresh asks for, built from the fixtures.
fn network_root(dir: &Path, gpt4o_input_per_token: f64) {
    let f = fixtures();
    std::fs::create_dir_all(dir.join("litellm")).unwrap();
    std::fs::create_dir_all(dir.join("genai-prices")).unwrap();
    std::fs::create_dir_all(dir.join("openrouter")).unwrap();
    let mut lite: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f.join("litellm/model_prices_and_context_window_backup.json")).unwrap()).unwrap();
    lite["gpt-4o"]["input_cost_per_token"] = gpt4o_input_per_token.into();
    std::fs::write(dir.join("litellm/model_prices_and_context_window.json"), lite.to_string()).unwrap();
    std::fs::copy(f.join("litellm/openai_like_providers.json"), dir.join("litellm/providers.json")).unwrap();
    std::fs::copy(f.join("genai-prices/data.json"), dir.join("genai-prices/data.json")).unwrap();
    std::fs::copy(f.join("openrouter/models.json"), dir.join("openrouter/models.json")).unwrap();
    // The two tarballs, shaped as GitHub's: one top folder; llm-stats' licences one file each.
    let stage = dir.join("stage");
    let md = stage.join("models.dev-dev");
    std::fs::create_dir_all(&md).unwrap();
    assert!(run(Command::new("cp").arg("-r").arg(f.join("models.dev/providers")).arg(f.join("models.dev/models")).arg(&md)).status.success());
    assert!(run(Command::new("tar").arg("-czf").arg(dir.join("models.dev.tar.gz")).arg("-C").arg(&stage).arg("models.dev-dev")).status.success());
    let ls = stage.join("llm-leaderboard-main/data");
    std::fs::create_dir_all(ls.join("licenses")).unwrap();
    assert!(run(Command::new("cp").arg("-r").arg(f.join("llm-stats/data/organizations")).arg(f.join("llm-stats/data/providers")).arg(&ls)).status.success());
    let licenses: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(f.join("llm-stats/data/licenses.json")).unwrap()).unwrap();
    for (id, l) in licenses {
        std::fs::write(ls.join(format!("licenses/{id}.json")), l.to_string()).unwrap();
    }
    assert!(run(Command::new("tar").arg("-czf").arg(dir.join("llm-stats.tar.gz")).arg("-C").arg(&stage).arg("llm-leaderboard-main")).status.success());
}

fn refresh(out: &Path, net: &str, work: &Path) -> std::process::Output {
    run(Command::new("bash")
        .arg(root().join("scripts/refresh"))
        .args(["--out".as_ref(), out.as_os_str(), "--base".as_ref(), fixtures().as_os_str()])
        .env("REFRESH_URL_ROOT", net)
        .env("REFRESH_DIR", work.join("refresh"))
        .env("IMPORTER", env!("CARGO_BIN_EXE_import-catalog"))
        .current_dir(root()))
}

fn temp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("hub-refresh-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A catalog built from the fixtures, as the "previous" one.
fn previous_catalog(out: &Path) {
    let o = run(Command::new(env!("CARGO_BIN_EXE_import-catalog")).arg("--sources").arg(fixtures()).arg("--out").arg(out).current_dir(root()));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn a_changed_price_becomes_history_and_appears_in_the_summary() {
    let work = temp("ok");
    let (net, out) = (work.join("net"), work.join("out"));
    std::fs::create_dir_all(&out).unwrap();
    previous_catalog(&out);
    network_root(&net, 2.0e-6); // gpt-4o input $2.50 → $2.00 per 1M
    let o = refresh(&out, &format!("file://{}", net.display()), &work);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout.contains("- openai/gpt-4o: input $2.5 → $2"), "{stdout}");
    let c = parse_catalog(&std::fs::read_to_string(out.join("catalog.json")).unwrap()).unwrap();
    let g = c.offers().iter().find(|o| o.provider == "openai" && o.provider_model_id == "gpt-4o").unwrap();
    assert_eq!(g.prices.input, Some(2.0));
    let today = String::from_utf8_lossy(&run(Command::new("date").args(["-u", "+%F"])).stdout).trim().to_owned();
    assert_eq!(g.as_of, today, "the fetch date is the snapshot's date");
    assert!(g.history.iter().any(|p| p.input == Some(2.5)) && g.history.iter().any(|p| p.input == Some(2.0) && p.date == today), "{:?}", g.history);
    let _ = std::fs::remove_dir_all(&work);
}

#[test]
fn without_a_network_it_says_so_and_touches_nothing() {
    let work = temp("offline");
    let out = work.join("out");
    std::fs::create_dir_all(&out).unwrap();
    previous_catalog(&out);
    let before = std::fs::read(out.join("catalog.json")).unwrap();
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    let o = refresh(&out, "http://127.0.0.1:9", &work);
    assert_eq!(o.status.code(), Some(3), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no network?"));
    assert_eq!(std::fs::read(out.join("catalog.json")).unwrap(), before, "the catalog is untouched");
    let _ = std::fs::remove_dir_all(&work);
}
