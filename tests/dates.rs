//! Publication dates in the forms Persian and Vietnamese sites print them:
//! one row per real-world string, with the expected result. Solar Hijri
//! expectations were checked against an independent converter
//! (convertdate), not against this code.

use newsextract::Language::{Persian as FA, Vietnamese as VI};
use newsextract::extract::date::{Calendar, parse_date_text, parse_reference};
use newsextract::{Language, Ymd};

/// (text, language, reference day, expected date, expected time, year inferred)
type Row = (&'static str, Language, Option<&'static str>, Option<&'static str>, Option<&'static str>, bool);

const ROWS: &[Row] = &[
    // Persian: numeric Solar Hijri, any digits
    ("۱۴۰۴/۰۸/۱۵", FA, None, Some("2025-11-06"), None, false),
    ("۱۴۰۴/۰۸/۱۵ | ۱۳:۱۴:۰۱", FA, None, Some("2025-11-06"), Some("13:14:01"), false),
    ("1398/1/6", FA, None, Some("2019-03-26"), None, false),
    ("١٤٠٤/٠٨/١٥", FA, None, Some("2025-11-06"), None, false),
    ("۱۴۰۴/08/15", FA, None, Some("2025-11-06"), None, false),
    ("1398-05-01 10:00", FA, None, Some("2019-07-23"), Some("10:00:00"), false),
    ("کد خبر: ۲۲۷۷۱۸۱ | ۱۴۰۴/۰۸/۱۵ - ۱۳:۱۴", FA, None, Some("2025-11-06"), Some("13:14:00"), false),
    // Persian: month names, weekdays, ordinals, two-digit years
    ("۱۵ آبان ۱۴۰۴", FA, None, Some("2025-11-06"), None, false),
    ("پنجشنبه ۱۵ آبان ۱۴۰۴ - ۱۳:۱۴", FA, None, Some("2025-11-06"), Some("13:14:00"), false),
    ("پنج‌شنبه ۱۵ آبان ۱۴۰۴ - ۱۳:۱۴", FA, None, Some("2025-11-06"), Some("13:14:00"), false),
    ("پنج شنبه ۱۵ آبان ۱۴۰۴ - ۱۳:۱۴", FA, None, Some("2025-11-06"), Some("13:14:00"), false),
    ("۱۵ آبان ماه ۱۴۰۴", FA, None, Some("2025-11-06"), None, false),
    ("سوم آبان ۱۴۰۴", FA, None, Some("2025-10-25"), None, false),
    ("سی ام اسفند ۱۴۰۳", FA, None, Some("2025-03-20"), None, false),
    ("سی‌ام اسفند ۱۴۰۳", FA, None, Some("2025-03-20"), None, false),
    ("بیست و سوم آذر ۱۳۹۹", FA, None, Some("2020-12-13"), None, false),
    ("28 مرداد 98", FA, None, Some("2019-08-19"), None, false),
    ("۱۸ آذر ۹۸: گزارش تصویری", FA, None, Some("2019-12-09"), None, false),
    // two digits before a colon and minutes are the hour, no year
    ("۱۸ آذر ۱۰:۳۰", FA, None, None, None, false),
    // a header line with a day and a month and no year: the reference
    // day's year, or the year before when that would date it ahead of the
    // reference day (by more than a day: a site's time zone may be ahead)
    ("سه‌شنبه ۱۸ آذر - ۱۰:۳۰", FA, Some("2026-12-20"), Some("2026-12-09"), Some("10:30:00"), true),
    ("۱۸ آذر ماه ساعت ۱۰", FA, Some("2026-12-20"), Some("2026-12-09"), Some("10:00:00"), true),
    ("۱۸ آذر ۱۰:۳۰", FA, Some("2026-12-07"), Some("2025-12-09"), Some("10:30:00"), true),
    ("۱۸ آذر ۱۰:۳۰", FA, Some("2026-12-08"), Some("2026-12-09"), Some("10:30:00"), true),
    // … but a line saying more than a date is none
    ("۱۶ آذر روز دانشجو", FA, Some("2026-12-20"), None, None, false),
    ("۱۸ آذر - ۲۰ آذر", FA, Some("2026-12-20"), None, None, false),
    ("آذر 23, 1399", FA, None, Some("2020-12-13"), None, false),
    ("تاریخ خبر: آذر 23, 1399", FA, None, Some("2020-12-13"), None, false),
    ("۱۰ ارديبهشت ۱۴۰۰", FA, None, Some("2021-04-30"), None, false),
    ("۱ دی ۱۴۰۳", FA, None, Some("2024-12-21"), None, false),
    ("۳۰ دی ۱۳۹۹", FA, None, Some("2021-01-19"), None, false),
    ("۱۵ آبان ۱۴۰۴ ساعت ۱۲ و ۳۱ دقیقه", FA, None, Some("2025-11-06"), Some("12:31:00"), false),
    ("تاریخ انتشار: ۱۵ آبان ۱۴۰۴ ساعت ۹", FA, None, Some("2025-11-06"), Some("09:00:00"), false),
    // Persian: Gregorian months, English months, triple dates
    ("۶ نوامبر ۲۰۲۵", FA, None, Some("2025-11-06"), None, false),
    ("۲۲ ژوئیه ۲۰۱۹", FA, None, Some("2019-07-22"), None, false),
    ("Tue 19,January,2021", FA, None, Some("2021-01-19"), None, false),
    ("19 Jan 2021", FA, None, Some("2021-01-19"), None, false),
    ("پنجشنبه ۱۵ آبان ۱۴۰۴ برابر با ۶ نوامبر ۲۰۲۵ و ۱۴ جمادی الاول ۱۴۴۷", FA, None, Some("2025-11-06"), None, false),
    ("۱۴ جمادی الاول ۱۴۴۷ هجری قمری", FA, None, Some("2025-11-05"), None, false),
    // a label beats an earlier date line
    ("آخرین بروزرسانی: ۱۶ آبان ۱۴۰۴\nتاریخ انتشار: ۱۵ آبان ۱۴۰۴", FA, None, Some("2025-11-06"), None, false),
    // ISO in text, Tehran summer time before 2022
    ("2019-07-23 10:00", FA, None, Some("2019-07-23"), Some("10:00:00"), false),
    // Vietnamese: numeric, with times and AM/PM
    ("28/02/2024 1:38:16 CH", VI, None, Some("2024-02-28"), Some("13:38:16"), false),
    ("28/02/2024 9:05:00 SA", VI, None, Some("2024-02-28"), Some("09:05:00"), false),
    ("Thứ Hai, 16/1/2025 14:30 (GMT+7)", VI, None, Some("2025-01-16"), Some("14:30:00"), false),
    ("00:40, 22/01/2023", VI, None, Some("2023-01-22"), Some("00:40:00"), false),
    ("Thứ bảy, 07/03/2026 - 08:07", VI, None, Some("2026-03-07"), Some("08:07:00"), false),
    ("07-03-2026 - 00:01 AM | Thị trường chứng khoán", VI, None, Some("2026-03-07"), Some("00:01:00"), false),
    ("07/03/2026 08:01 GMT+7", VI, None, Some("2026-03-07"), Some("08:01:00"), false),
    ("16-1-2025", VI, None, Some("2025-01-16"), None, false),
    ("Cập nhật lúc 14:30 16/1/2025", VI, None, Some("2025-01-16"), Some("14:30:00"), false),
    ("Cập nhật: 10:05 - 18/05/2024", VI, None, Some("2024-05-18"), Some("10:05:00"), false),
    ("Ngày đăng: 01/03/2026 09:51", VI, None, Some("2026-03-01"), Some("09:51:00"), false),
    ("Hà Nội, ngày 5 tháng 1 năm 2022", VI, None, Some("2022-01-05"), None, false),
    ("ngày 05 tháng 01 năm 2022", VI, None, Some("2022-01-05"), None, false),
    // Vietnamese datelines in the lead, with and without the year
    ("Sáng ngày 5.1.2022 Trung tâm Y tế huyện đã tổ chức Hội nghị.", VI, None, Some("2022-01-05"), None, false),
    (
        "Chiều 16/1, bệnh viện tổng kết năm 2024 và triển khai kế hoạch năm 2025.",
        VI,
        None,
        Some("2025-01-16"),
        None,
        true,
    ),
    ("Sáng 4-2, Sở Y tế tổ chức hội nghị triển khai nhiệm vụ năm 2025.", VI, None, Some("2025-02-04"), None, true),
    ("Chiều 20.3, tỉnh tổ chức lễ kỷ niệm, chuẩn bị cho năm 2024.", VI, None, Some("2024-03-20"), None, true),
    (
        "(Dân trí) - Sáng 5/1, đoàn công tác đã đến thăm bệnh viện trong năm 2023.",
        VI,
        None,
        Some("2023-01-05"),
        None,
        true,
    ),
    ("Tối 12/12, tại Hà Nội, Bộ tổ chức chương trình gặp mặt.", VI, Some("2025-12-20"), Some("2025-12-12"), None, true),
    ("Tối 12/12, tại Hà Nội, Bộ tổ chức chương trình gặp mặt.", VI, Some("2025-12-05"), Some("2024-12-12"), None, true),
    // relative days need a reference day
    ("Hôm nay, bệnh viện khai trương khoa mới.", VI, Some("2025-01-16"), Some("2025-01-16"), None, false),
    ("Sáng hôm qua, bệnh viện khai trương khoa mới.", VI, Some("2025-01-16"), Some("2025-01-15"), None, false),
    ("امروز ۱۰:۳۰", FA, Some("2025-11-06"), Some("2025-11-06"), Some("10:30:00"), false),
    ("دیروز", FA, Some("2025-11-06"), Some("2025-11-05"), None, false),
    ("Hôm nay, bệnh viện khai trương khoa mới.", VI, None, None, None, false),
    ("امروز ۱۰:۳۰", FA, None, None, None, false),
    // rejections: impossible dates, ranges, decrees, deadlines, counters
    ("۳۰ اسفند ۱۴۰۴", FA, None, None, None, false),
    ("۱۴۰۴/۱۲/۳۰", FA, None, None, None, false),
    ("1404/13/01", FA, None, None, None, false),
    ("31/02/2024", VI, None, None, None, false),
    ("(27/2/1955 - 27/2/2024)", VI, None, None, None, false),
    (
        "Chỉ đạo thực hiện Chỉ thị số 42-CT/TU ngày 08/8/2023 của Tỉnh ủy về phát huy sức mạnh.",
        VI,
        None,
        None,
        None,
        false,
    ),
    ("Hạn chót nộp hồ sơ là 30/6/2025 tại bộ phận một cửa.", VI, None, None, None, false),
    ("مهلت ثبت نام تا ۱۵ آبان ۱۴۰۴ است.", FA, None, None, None, false),
    ("Hôm nay : 56", VI, None, None, None, false),
    ("Tổng số điểm của bài viết là: 0 trong 0 đánh giá", VI, None, None, None, false),
];

#[test]
fn real_world_date_strings() {
    assert!(ROWS.len() >= 60, "the table keeps at least 60 real-world forms");
    let mut failures = Vec::new();
    for &(text, language, reference, date, time, inferred) in ROWS {
        let reference: Option<Ymd> = reference.and_then(parse_reference);
        let found = parse_date_text(text, language, reference);
        let got = (found.as_ref().map(|p| p.date.as_str()), found.as_ref().and_then(|p| p.time.as_deref()));
        let got_inferred = found.as_ref().is_some_and(|p| p.year_inferred);
        if got != (date, time) || (date.is_some() && got_inferred != inferred) {
            failures.push(format!(
                "{text:?}: expected {date:?} {time:?} inferred={inferred}, got {got:?} inferred={got_inferred}"
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows wrong:\n{}", failures.len(), ROWS.len(), failures.join("\n"));
}

#[test]
fn calendars_and_offsets_are_reported() {
    let solar = parse_date_text("۱۵ آبان ۱۴۰۴ ساعت ۱۲ و ۳۱ دقیقه", FA, None).expect("a date");
    assert_eq!(solar.calendar, Calendar::SolarHijri);
    assert_eq!(solar.utc_offset.as_deref(), Some("+03:30"));
    let summer = parse_date_text("1398/5/1 10:00", FA, None).expect("a date");
    assert_eq!(summer.utc_offset.as_deref(), Some("+04:30"), "Iran kept summer time until 2022");
    let lunar = parse_date_text("۱۴ جمادی الاول ۱۴۴۷ هجری قمری", FA, None).expect("a date");
    assert_eq!(lunar.calendar, Calendar::LunarHijri);
    let hanoi = parse_date_text("Thứ Hai, 16/1/2025 14:30 (GMT+7)", VI, None).expect("a date");
    assert_eq!((hanoi.calendar, hanoi.utc_offset.as_deref()), (Calendar::Gregorian, Some("+07:00")));
}
