//! Reports as one self-contained HTML page: the text and the charts (inline SVG) in one file, no
//! scripts, nothing fetched, readable on a phone and printed cleanly from a browser (each
//! section on a page of its own, on A4 or Letter). Written with `maud`, which escapes every
//! text it is given, so typed text never becomes markup.

mod charts;
mod export;
mod review;
mod showcase;

pub use export::export_html;
pub use review::review_html;
pub use showcase::showcase_html;

use maud::{DOCTYPE, Markup, PreEscaped, html};

/// The page's style: the system's fonts, a readable measure, tables that fit a phone, and print
/// rules (a page break before each section, links printed as text).
const STYLE: &str = "\
:root{color-scheme:light;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;\
line-height:1.45;color:#1b1b1b;background:#fff}\
main{max-width:46rem;margin:0 auto;padding:1rem}\
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}\
.meta{color:#555}\
table{border-collapse:collapse;width:100%;font-size:.95rem}\
th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid #e2e2e2;vertical-align:top}\
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\
svg{width:100%;height:auto;display:block;margin:.5rem 0}\
.legend{font-size:.9rem;color:#333}.legend svg{display:inline;width:1.2em;vertical-align:middle;margin:0}\
.score{font-size:2rem;font-weight:700}\
@media print{main{max-width:none;padding:0}section{break-inside:avoid-page}section:first-of-type{break-inside:auto}\
h2{break-after:avoid}tr,svg{break-inside:avoid}a{color:inherit;text-decoration:none}}\
@page{margin:15mm}";

/// A whole page: `title` in the head and as the heading, `meta` under it, then `body`.
pub(super) fn page(title: &str, meta: &str, body: &Markup) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                main {
                    header {
                        h1 { (title) }
                        p.meta { (meta) }
                    }
                    (body)
                }
            }
        }
    }
    .into_string()
}
