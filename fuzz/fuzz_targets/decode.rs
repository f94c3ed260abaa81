//! Arbitrary bytes through decoding and line normalisation: no panic, and
//! what decodes is valid NFC text with `\n` line ends.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsextract::decode;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(decoded) = decode::decode(bytes) {
        let unified = decode::unify_lines(&decoded.text);
        assert!(!unified.contains('\r'));
        let _ = decode::normalized(&unified);
    }
});
