import test from 'ava';
import { cleanHtml } from './clean.js';

const P1 = 'Chiều 12/11, Sở Giao thông vận tải thành phố cho biết sẽ phân luồng lại ba nút giao lớn ở quận trung tâm để giảm ùn tắc.';
const P2 = 'Theo kế hoạch, việc phân luồng bắt đầu từ đầu tháng tới và kéo dài trong sáu tháng, trước khi đánh giá lại hiệu quả.';
const P3 = 'Người dân có thể góp ý về phương án này qua cổng thông tin của sở trong vòng hai tuần kể từ ngày công bố.';

// An ASP.NET WebForms page of the 2010s: the whole page inside <form id="aspnetForm">.
const webForms = (inner: string) =>
  `<html><head><title>Phân luồng ba nút giao lớn ở trung tâm - Tin tức</title></head><body>` +
  `<form name="aspnetForm" method="post" action="/tin/phan-luong-123456.htm" id="aspnetForm">` +
  `<div class="menu"><a href="/">Trang chủ</a> <a href="/xa-hoi">Xã hội</a></div>${inner}</form></body></html>`;

test('a <form> wrapping the whole page (ASP.NET) is not dropped as a widget', (t) => {
  const doc = cleanHtml(webForms(`<h1>Phân luồng ba nút giao lớn ở trung tâm</h1><div class="noidung"><p>${P1}</p><p>${P2}</p><p>${P3}</p></div><script>var x = "không phải bài";</script>`), { siteHints: false });
  t.is(doc.kind, 'article');
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
});

test('drop tags inside a kept wrapper form are still dropped', (t) => {
  const doc = cleanHtml(webForms(`<h1>Phân luồng ba nút giao lớn ở trung tâm</h1><div class="noidung"><p>${P1}</p><p>${P2}</p><aside><p>Hộp quảng cáo bên lề có một câu dài để bị bỏ ra ngoài, không phải nội dung.</p></aside><p>${P3}</p></div>`), { siteHints: false });
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
});

test('a small form (search box, comment form) is still dropped', (t) => {
  const html = `<html><head><title>Phân luồng ba nút giao lớn ở trung tâm</title></head><body><h1>Phân luồng ba nút giao lớn ở trung tâm</h1><article><p>${P1}</p><p>${P2}</p><form><label>Gửi ý kiến của bạn về bài viết này cho tòa soạn ngay hôm nay</label><input name="q"></form><p>${P3}</p></article></body></html>`;
  const doc = cleanHtml(html, { siteHints: false });
  t.deepEqual(doc.paragraphs, [P1, P2, P3]);
});
