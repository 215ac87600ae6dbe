use super::*;
use crate::enum_str::test_support::{from_str_value, to_str_value};
use rstest::rstest;

pub(super) const SAMPLE: &str = "\
# Hand-built sample: a commune lies in its département and in an EPCI that
# spans three départements (so the EPCI's parent is the région, not a
# département), plus a NUTS chain and a Polish branch.
id\tkind\tcode\tname\tpopulation\tparents
fr:region:11\tfr:region\t11\tÎle-de-France\t12271794\t
fr:region:04\tfr:region\t04\tLa Réunion\t885700\t
fr:departement:92\tfr:departement\t92\tHauts-de-Seine\t1624357\tfr:region:11,eu:nuts:FR105
fr:departement:93\tfr:departement\t93\tSeine-Saint-Denis\t1655422\tfr:region:11
fr:departement:94\tfr:departement\t94\tVal-de-Marne\t1407124\tfr:region:11
fr:departement:974\tfr:departement\t974\tLa Réunion\t885700\tfr:region:04
fr:epci:200054781\tfr:epci\t200054781\tMétropole du Grand Paris\t7075028\tfr:region:11
fr:commune:92050\tfr:commune\t92050\tNanterre\t96277\tfr:departement:92,fr:epci:200054781
fr:commune:93066\tfr:commune\t93066\tSaint-Denis\t113942\tfr:departement:93,fr:epci:200054781
fr:commune:94038\tfr:commune\t94038\tL'Haÿ-les-Roses\t31258\tfr:departement:94,fr:epci:200054781
fr:commune:97411\tfr:commune\t97411\tSaint-Denis\t153810\tfr:departement:974
eu:nuts:FR\teu:nuts0\tFR\tFrance\t\t
eu:nuts:FR1\teu:nuts1\tFR1\tIle-de-France\t\teu:nuts:FR
eu:nuts:FR10\teu:nuts2\tFR10\tÎle de France\t\teu:nuts:FR1
eu:nuts:FR105\teu:nuts3\tFR105\tHauts-de-Seine\t\teu:nuts:FR10
pl:wojewodztwo:02\tpl:wojewodztwo\t02\tdolnośląskie\t2891321\t
pl:powiat:0264\tpl:powiat\t0264\tWrocław\t674079\tpl:wojewodztwo:02
pl:gmina:0264011\tpl:gmina\t0264011\tWrocław\t674079\tpl:powiat:0264
";

pub(super) fn id(s: &str) -> TerritoryId {
    TerritoryId::parse(s).unwrap()
}

pub(super) fn sample() -> TerritoryIndex {
    TerritoryIndex::build(parse_tsv(SAMPLE).unwrap()).unwrap()
}

fn ids(records: Vec<&TerritoryRecord>) -> Vec<&str> {
    records.into_iter().map(|r| r.id.as_str()).collect()
}

#[rstest]
#[case("fr:region:11", TerritoryKind::FrRegion, "11")]
#[case("fr:region:975", TerritoryKind::FrRegion, "975")]
#[case("fr:departement:92", TerritoryKind::FrDepartement, "92")]
#[case("fr:departement:2A", TerritoryKind::FrDepartement, "2A")]
#[case("fr:departement:2b", TerritoryKind::FrDepartement, "2B")]
#[case("fr:departement:974", TerritoryKind::FrDepartement, "974")]
#[case("fr:epci:200054781", TerritoryKind::FrEpci, "200054781")]
#[case("fr:commune:92050", TerritoryKind::FrCommune, "92050")]
#[case("fr:commune:2A004", TerritoryKind::FrCommune, "2A004")]
#[case("fr:commune:97411", TerritoryKind::FrCommune, "97411")]
#[case("pl:wojewodztwo:02", TerritoryKind::PlWojewodztwo, "02")]
#[case("pl:powiat:0264", TerritoryKind::PlPowiat, "0264")]
#[case("pl:gmina:0264011", TerritoryKind::PlGmina, "0264011")]
#[case("eu:nuts:FR", TerritoryKind::Nuts0, "FR")]
#[case("eu:nuts:PL5", TerritoryKind::Nuts1, "PL5")]
#[case("eu:nuts:pl51", TerritoryKind::Nuts2, "PL51")]
#[case("eu:nuts:PL514", TerritoryKind::Nuts3, "PL514")]
fn valid_ids(#[case] input: &str, #[case] kind: TerritoryKind, #[case] code: &str) {
    let t = id(input);
    assert_eq!(t.kind(), kind);
    assert_eq!(t.code(), code);
    assert_eq!(
        t.as_str(),
        format!("{}:{code}", input.rsplit_once(':').unwrap().0)
    );
    assert_eq!(t.to_string().parse::<TerritoryId>().unwrap(), t);
}

#[rstest]
#[case("")]
#[case("fr:region")]
#[case("fr:region:1")]
#[case("fr:region:1234")]
#[case("fr:region:AB")]
#[case("fr:departement:2C")]
#[case("fr:departement:9")]
#[case("fr:epci:20005478")]
#[case("fr:epci:2000547812")]
#[case("fr:commune:9205")]
#[case("fr:commune:2C004")]
#[case("fr:commune:920500")]
#[case("fr:commune:92A50")]
#[case("fr:commune:92é50")]
#[case("pl:wojewodztwo:2")]
#[case("pl:powiat:264")]
#[case("pl:gmina:026401")]
#[case("eu:nuts:F")]
#[case("eu:nuts:1R")]
#[case("eu:nuts:FR1234")]
#[case("eu:nuts:FR-1")]
#[case("fr:canton:9201")]
#[case("de:land:01")]
#[case("FR:region:11")]
#[case("fr:region:11:extra")]
fn invalid_ids(#[case] input: &str) {
    let err = TerritoryId::parse(input).unwrap_err();
    assert_eq!(err.code(), "territory_id_invalid");
}

#[test]
fn id_serde_and_kinds() {
    let t = id("fr:departement:2a");
    assert_eq!(to_str_value(&t), "fr:departement:2A");
    assert_eq!(
        from_str_value::<TerritoryId>("pl:gmina:0264011")
            .unwrap()
            .code(),
        "0264011"
    );
    assert!(from_str_value::<TerritoryId>("pl:gmina:1").is_err());
    let names: Vec<_> = TerritoryKind::all().iter().map(|k| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "fr:region",
            "fr:departement",
            "fr:epci",
            "fr:commune",
            "pl:wojewodztwo",
            "pl:powiat",
            "pl:gmina",
            "eu:nuts0",
            "eu:nuts1",
            "eu:nuts2",
            "eu:nuts3"
        ]
    );
    for k in TerritoryKind::all() {
        assert_eq!(k.as_str().parse::<TerritoryKind>().unwrap(), *k);
    }
    assert_eq!(TerritoryKind::FrEpci.country(), Some(crate::Country::Fr));
    assert_eq!(TerritoryKind::PlGmina.country(), Some(crate::Country::Pl));
    assert_eq!(TerritoryKind::Nuts2.country(), None);
}

#[test]
fn parses_sample() {
    let records = parse_tsv(SAMPLE).unwrap();
    assert_eq!(records.len(), 18);
    let nanterre = &records[7];
    assert_eq!(nanterre.id, id("fr:commune:92050"));
    assert_eq!(nanterre.kind, TerritoryKind::FrCommune);
    assert_eq!(nanterre.code, "92050");
    assert_eq!(nanterre.population, Some(96277));
    assert_eq!(
        nanterre.parents,
        vec![id("fr:departement:92"), id("fr:epci:200054781")]
    );
    assert_eq!(records[11].population, None);
    assert!(records[0].parents.is_empty());
}

#[test]
fn tolerates_crlf_and_blank_lines() {
    let text = "# c\r\n\r\nid\tkind\tcode\tname\tpopulation\tparents\r\nfr:region:11\tfr:region\t11\tÎle-de-France\t\t\r\n\n";
    let records = parse_tsv(text).unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].name, "Île-de-France");
}

const H: &str = "id\tkind\tcode\tname\tpopulation\tparents\n";

/// The header followed by `row`, as a literal usable in rstest cases.
macro_rules! with_header {
    ($row:literal) => {
        concat!("id\tkind\tcode\tname\tpopulation\tparents\n", $row)
    };
}

#[rstest]
#[case("", TerritoryDataError::MissingHeader)]
#[case("# only comments\n", TerritoryDataError::MissingHeader)]
#[case("# c\nid\tkind\tcode\tname\n", TerritoryDataError::BadHeader { line: 2 })]
#[case("fr:region:11\tfr:region\t11\tX\t\t\n", TerritoryDataError::BadHeader { line: 1 })]
#[case(with_header!("fr:region:11\tfr:region\t11\tX\t\n"), TerritoryDataError::FieldCount { line: 2, found: 5 })]
#[case(with_header!("fr:region:1\tfr:region\t1\tX\t\t\n"), TerritoryDataError::BadId { line: 2, source: TerritoryIdError("fr:region:1".into()) })]
#[case(with_header!("fr:region:11\tfr:region\t11\tX\t\tfr:bad\n"), TerritoryDataError::BadId { line: 2, source: TerritoryIdError("fr:bad".into()) })]
#[case(with_header!("fr:region:11\tfr:departement\t11\tX\t\t\n"), TerritoryDataError::BadKind { line: 2, kind: "fr:departement".into() })]
#[case(with_header!("fr:region:11\tregion\t11\tX\t\t\n"), TerritoryDataError::BadKind { line: 2, kind: "region".into() })]
#[case(with_header!("fr:region:11\tfr:region\t12\tX\t\t\n"), TerritoryDataError::BadCode { line: 2, code: "12".into() })]
#[case(with_header!("fr:region:11\tfr:region\t11\t \t\t\n"), TerritoryDataError::EmptyName { line: 2 })]
#[case(with_header!("fr:region:11\tfr:region\t11\tX\t-5\t\n"), TerritoryDataError::BadPopulation { line: 2, value: "-5".into() })]
#[case(with_header!("fr:region:11\tfr:region\t11\tX\t12 000\t\n"), TerritoryDataError::BadPopulation { line: 2, value: "12 000".into() })]
fn data_errors(#[case] text: &str, #[case] err: TerritoryDataError) {
    assert_eq!(parse_tsv(text), Err(err.clone()));
    assert!(!err.to_string().is_empty());
    assert_eq!(
        err.line().is_none(),
        err == TerritoryDataError::MissingHeader
    );
}

fn build(rows: &str) -> Result<TerritoryIndex, TerritoryDataError> {
    TerritoryIndex::build(parse_tsv(&format!("{H}{rows}")).unwrap())
}

#[test]
fn build_errors() {
    let dup = "fr:region:11\tfr:region\t11\tA\t\t\nfr:region:11\tfr:region\t11\tB\t\t\n";
    assert_eq!(
        build(dup).unwrap_err(),
        TerritoryDataError::DuplicateId(id("fr:region:11"))
    );
    let unknown = "fr:departement:92\tfr:departement\t92\tA\t\tfr:region:11\n";
    assert_eq!(
        build(unknown).unwrap_err(),
        TerritoryDataError::UnknownParent {
            child: id("fr:departement:92"),
            parent: id("fr:region:11")
        }
    );
    let selfloop = "fr:region:11\tfr:region\t11\tA\t\tfr:region:11\n";
    assert_eq!(
        build(selfloop).unwrap_err(),
        TerritoryDataError::Cycle(id("fr:region:11"))
    );
    let cycle = "eu:nuts:FR\teu:nuts0\tFR\tA\t\teu:nuts:FR10\n\
                 eu:nuts:FR1\teu:nuts1\tFR1\tB\t\teu:nuts:FR\n\
                 eu:nuts:FR10\teu:nuts2\tFR10\tC\t\teu:nuts:FR1\n";
    assert!(matches!(
        build(cycle).unwrap_err(),
        TerritoryDataError::Cycle(_)
    ));
    assert!(build("").unwrap().is_empty());
}

#[rstest]
#[case("fr:region:11", "fr:commune:92050", true)]
#[case("fr:departement:92", "fr:commune:92050", true)]
#[case("fr:epci:200054781", "fr:commune:92050", true)]
#[case("fr:epci:200054781", "fr:commune:93066", true)]
#[case("fr:epci:200054781", "fr:commune:97411", false)]
#[case("fr:departement:93", "fr:commune:92050", false)]
#[case("fr:region:11", "fr:epci:200054781", true)]
#[case("eu:nuts:FR105", "fr:commune:92050", true)]
#[case("eu:nuts:FR", "fr:commune:92050", true)]
#[case("eu:nuts:FR", "fr:commune:93066", false)]
#[case("fr:region:04", "fr:commune:97411", true)]
#[case("fr:region:11", "fr:commune:97411", false)]
#[case("fr:commune:92050", "fr:commune:92050", true)]
#[case("fr:commune:92050", "fr:region:11", false)]
#[case("pl:wojewodztwo:02", "pl:gmina:0264011", true)]
#[case("pl:wojewodztwo:02", "fr:commune:92050", false)]
#[case("fr:region:11", "fr:commune:75056", false)]
#[case("fr:commune:75056", "fr:commune:75056", true)]
fn containment(#[case] ancestor: &str, #[case] place: &str, #[case] inside: bool) {
    assert_eq!(sample().contains(&id(ancestor), &id(place)), inside);
}

#[test]
fn ancestors_nearest_first_then_kind() {
    let idx = sample();
    assert_eq!(
        ids(idx.ancestors(&id("fr:commune:92050"))),
        [
            "fr:departement:92",
            "fr:epci:200054781",
            "fr:region:11",
            "eu:nuts:FR105",
            "eu:nuts:FR10",
            "eu:nuts:FR1",
            "eu:nuts:FR"
        ]
    );
    assert_eq!(
        ids(idx.ancestors(&id("pl:gmina:0264011"))),
        ["pl:powiat:0264", "pl:wojewodztwo:02"]
    );
    assert!(idx.ancestors(&id("fr:region:11")).is_empty());
    assert!(idx.ancestors(&id("fr:commune:75056")).is_empty());
}

#[test]
fn parents_children_get_len() {
    let idx = sample();
    assert_eq!(idx.len(), 18);
    assert_eq!(idx.records().len(), 18);
    assert_eq!(
        ids(idx.parents(&id("fr:commune:92050"))),
        ["fr:departement:92", "fr:epci:200054781"]
    );
    assert_eq!(idx.children_count(&id("fr:region:11")), 4);
    assert_eq!(idx.children_count(&id("fr:epci:200054781")), 3);
    assert_eq!(idx.children_count(&id("eu:nuts:FR105")), 1);
    assert_eq!(idx.children_count(&id("fr:commune:92050")), 0);
    assert_eq!(idx.children_count(&id("fr:commune:75056")), 0);
    assert_eq!(
        idx.get(&id("fr:commune:94038")).unwrap().name,
        "L'Haÿ-les-Roses"
    );
    assert!(idx.get(&id("fr:commune:75056")).is_none());
    assert!(idx.parents(&id("fr:commune:75056")).is_empty());
}

#[test]
fn duplicate_parent_is_one_edge() {
    let rows = "fr:region:11\tfr:region\t11\tA\t\t\n\
                fr:departement:92\tfr:departement\t92\tB\t\tfr:region:11,fr:region:11\n";
    let idx = build(rows).unwrap();
    assert_eq!(idx.children_count(&id("fr:region:11")), 1);
    assert_eq!(idx.parents(&id("fr:departement:92")).len(), 1);
}
