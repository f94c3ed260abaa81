//! The record's JSON Schema: `newsextract schema` prints the checked-in
//! `schema/record.schema.json`, and real records validate against its
//! required fields, so schema drift fails a test. Re-record with
//! `NEWSEXTRACT_BLESS=1 cargo test --test schema` and read the diff.

use assert_cmd::Command;
use serde_json::Value;

fn run(args: &[&str]) -> Vec<u8> {
    let output = Command::cargo_bin("newsextract")
        .map_err(|e| e.to_string())
        .and_then(|mut c| c.args(args).output().map_err(|e| e.to_string()))
        .unwrap_or_else(|e| panic!("cannot run newsextract: {e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    output.stdout
}

#[test]
fn the_printed_schema_is_the_checked_in_one() {
    let printed = run(&["schema"]);
    if std::env::var_os("NEWSEXTRACT_BLESS").is_some() {
        std::fs::write("schema/record.schema.json", &printed).unwrap_or_else(|e| panic!("{e}"));
    }
    let file = std::fs::read("schema/record.schema.json").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(String::from_utf8_lossy(&printed), String::from_utf8_lossy(&file), "the schema changed: re-record it");
}

#[test]
fn records_have_exactly_the_schema_fields() {
    let schema: Value = serde_json::from_slice(&run(&["schema"])).unwrap_or_else(|e| panic!("{e}"));
    let properties: Vec<&String> = schema["properties"].as_object().map(|o| o.keys().collect()).unwrap_or_default();
    let required: Vec<&str> = schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    for line in String::from_utf8_lossy(&run(&["fixtures/seeds"])).lines() {
        let record: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}"));
        let fields: Vec<&String> = record.as_object().map(|o| o.keys().collect()).unwrap_or_default();
        for field in &fields {
            assert!(properties.contains(field), "{field} is not in the schema");
        }
        for field in &required {
            assert!(record.get(*field).is_some(), "required {field} missing");
        }
        assert_eq!(record["schema_version"], 1);
    }
}
