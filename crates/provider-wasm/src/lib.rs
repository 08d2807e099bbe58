//! The provider tools' WebAssembly module (docs/API.md §6): the invoice-basis checker, loaded the
//! first time the provider tools open (and by the public JavaScript API). Translation only.
//! Reports cross as plain objects (serde-wasm-bindgen, JSON-compatible: `None` becomes `null`).

#![forbid(unsafe_code)]

use rehabkollen_invoice::{self as invoice, csv};
use rehabkollen_js::{bytes_of, error_in, object_arg, text_arg, today, ANSWERS_NODES, INVOICE_NODES};
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

/// Checks an invoice basis (docs/API.md §6).
#[wasm_bindgen(js_name = checkInvoice, unchecked_return_type = "InvoiceReport")]
pub fn check_invoice(#[wasm_bindgen(unchecked_param_type = "Invoice")] inv: JsValue) -> Result<JsValue, JsValue> {
    to_js(&invoice::check(&object_arg(&inv, "invoice", INVOICE_NODES)?, today()).map_err(|e| error_in(e, "invoice"))?)
}

/// Checks invoice lines from the bytes of a CSV file (UTF-8 or Windows-1252), with `head`
/// holding `scheme`, `employees` and `reference`.
#[wasm_bindgen(js_name = checkInvoiceCsv, unchecked_return_type = "InvoiceReport")]
pub fn check_invoice_csv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] file: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Omit<Invoice, \"lines\">")] head: JsValue,
) -> Result<JsValue, JsValue> {
    let bytes = bytes_of(file)?;
    to_js(
        &csv::check_csv_bytes(&bytes, &object_arg(&head, "head", ANSWERS_NODES)?, today())
            .map_err(|e| error_in(e, "head"))?,
    )
}

/// Reads invoice lines from the bytes of a CSV file for a form to show them (problems by line
/// number); a file of more than 1 000 lines is refused with a problem saying so.
#[wasm_bindgen(js_name = readInvoiceCsv, unchecked_return_type = "InvoiceCsvRead")]
pub fn read_invoice_csv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] file: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&csv::read_csv(&bytes_of(file)?, Some(csv::PAGE_MAX_LINES)))
}

/// A CSV file read in parts, for a page that shows its progress and stays responsive between
/// parts: `next(rows)` reads up to that many more rows and returns them like `readInvoiceCsv`
/// (`{ lines, csv_lines, problems }`); `done` once the file is read; `position` and `length` (in
/// bytes of the decoded text) say how far it has come. More than 1 000 rows: the part that finds
/// the row after them holds only the problem `csv_too_many_lines`, and the reading ends.
#[wasm_bindgen]
pub struct InvoiceCsvReader(csv::CsvReader);

#[wasm_bindgen]
impl InvoiceCsvReader {
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] file: JsValue,
    ) -> Result<InvoiceCsvReader, JsValue> {
        Ok(InvoiceCsvReader(csv::CsvReader::new(bytes_of(file)?, Some(csv::PAGE_MAX_LINES))))
    }

    #[wasm_bindgen(unchecked_return_type = "InvoiceCsvRead")]
    pub fn next(&mut self, rows: usize) -> Result<JsValue, JsValue> {
        to_js(&self.0.next(rows))
    }

    #[wasm_bindgen(getter)]
    pub fn done(&self) -> bool {
        self.0.done()
    }

    #[wasm_bindgen(getter)]
    pub fn position(&self) -> usize {
        self.0.position()
    }

    #[wasm_bindgen(getter)]
    pub fn length(&self) -> usize {
        self.0.len()
    }
}

/// The invoice's lines as a CSV file (text) that `readInvoiceCsv` reads back unchanged.
#[wasm_bindgen(js_name = invoiceCsv)]
pub fn invoice_csv(#[wasm_bindgen(unchecked_param_type = "Invoice")] inv: JsValue) -> Result<String, JsValue> {
    csv::write_invoice_csv(&object_arg(&inv, "invoice", INVOICE_NODES)?).map_err(|e| error_in(e, "invoice"))
}

/// One personnummer checked alone: `{ ok, masked }` or `{ ok: false, code, text, rule }`; never
/// the number itself.
#[wasm_bindgen(js_name = checkPersonnummer, unchecked_return_type = "PersonnummerCheck")]
pub fn check_personnummer(#[wasm_bindgen(unchecked_param_type = "string")] s: JsValue) -> Result<JsValue, JsValue> {
    to_js(&invoice::check_personnummer(&text_arg(&s, "personnummer")?, today()))
}

/// The full number in the standard form (`YYMMDD-NNNC`), for the printed invoice basis and
/// report only; `undefined` when it is not a valid number.
#[wasm_bindgen(js_name = personnummerForPrint)]
pub fn personnummer_for_print(
    #[wasm_bindgen(unchecked_param_type = "string")] s: JsValue,
) -> Result<Option<String>, JsValue> {
    Ok(invoice::pnr::standard(&text_arg(&s, "personnummer")?, today()))
}
