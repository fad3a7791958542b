-- Issue 13 item 3 (seed 5.2.2(6)): the site visit of an endorsed organisation. The guideline is the
-- programme's list of what an organisation prepares for a visit (what to show, whom to present,
-- which documents to have ready); the PCO picks from it per case. The sources name the three
-- areas only; the items are the office's practice as docs/processes.md marks them ([INF]).
create table site_visit_item (
    code varchar(40) primary key,
    area varchar(20) not null check (area in ('SHOW', 'PRESENT', 'DOCUMENT')),
    label varchar(300) not null,
    position int not null unique,
    active boolean not null default true
);

insert into site_visit_item (code, area, label, position) values
    ('SHOW_ACTIVITIES', 'SHOW', 'พื้นที่หรือจุดดำเนินกิจกรรมตามแผน อ.04 ที่คณะตรวจเยี่ยมเข้าชมได้จริง', 1),
    ('SHOW_DECLARATION', 'SHOW', 'ประกาศเจตนารมณ์ (อ.05) ที่ติดประกาศไว้ในที่เปิดเผย', 2),
    ('SHOW_EXHIBITION', 'SHOW', 'นิทรรศการหรือบอร์ดแสดงผลการดำเนินงานและภาพกิจกรรม', 3),
    ('SHOW_BEHAVIOUR', 'SHOW', 'ตัวอย่างพฤติกรรมที่เปลี่ยนแปลงตามคุณธรรมเป้าหมาย พร้อมผลที่วัดได้', 4),
    ('PRESENT_HEAD', 'PRESENT', 'หัวหน้าองค์กรหรือผู้แทน กล่าวต้อนรับและนำเสนอภาพรวมขององค์กร', 5),
    ('PRESENT_TEAM', 'PRESENT', 'คณะทำงานขับเคลื่อนองค์กรคุณธรรม นำเสนอการดำเนินงานตามกระบวนการ 5 ขั้นตอน', 6),
    ('PRESENT_MEMBERS', 'PRESENT', 'สมาชิกหรือผู้รับบริการที่ร่วมกิจกรรม ให้ข้อมูลและตอบข้อซักถามของคณะตรวจเยี่ยม', 7),
    ('PRESENT_HONOURED', 'PRESENT', 'บุคคลหรือทีมที่ได้รับการยกย่องเชิดชู เล่าประสบการณ์การทำความดี', 8),
    ('DOC_FORMS', 'DOCUMENT', 'แบบ อ.01–อ.05 ฉบับล่าสุดที่ส่งสำนักงานวัฒนธรรมจังหวัด', 9),
    ('DOC_EVIDENCE', 'DOCUMENT', 'หลักฐานการดำเนินกิจกรรม เช่น ภาพถ่าย รายงานผล บันทึกการประชุม', 10),
    ('DOC_INDICATORS', 'DOCUMENT', 'ข้อมูลตัวชี้วัดก่อนและหลังดำเนินกิจกรรมตามแผน', 11),
    ('DOC_SUMMARY', 'DOCUMENT', 'เอกสารสรุปผลการดำเนินงานสำหรับคณะตรวจเยี่ยม', 12);

-- One visit per case (one per organisation and fiscal year); the confirmation columns are filled
-- when the organisation's coordinator confirms.
create table site_visit (
    case_number varchar(20) primary key references organisation_case (case_number),
    visit_date date not null,
    scheduled_by varchar(64) not null,
    scheduled_at timestamptz not null,
    confirmed_by varchar(64),
    confirmed_at timestamptz,
    confirmation_remarks varchar(2000)
);

create table site_visit_visitor (
    case_number varchar(20) not null references site_visit (case_number),
    position int not null,
    name varchar(200) not null,
    title varchar(200) not null,
    primary key (case_number, position)
);

-- The items the PCO sent; ready is null until the organisation confirms.
create table site_visit_checklist (
    case_number varchar(20) not null references site_visit (case_number),
    item_code varchar(40) not null references site_visit_item (code),
    ready boolean,
    primary key (case_number, item_code)
);
