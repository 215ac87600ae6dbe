//! The message catalogues are compiled in by `fluent_templates::static_loader!`, which reads
//! `locales/` at build time but does not tell Cargo so: without this, adding or editing a
//! `.ftl` file would leave an incremental build (and CI's reused target directory) with the old
//! catalogue. Cargo scans the whole directory for changes.
fn main() {
    println!("cargo:rerun-if-changed=../../locales");
}
