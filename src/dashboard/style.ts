/**
 * The dashboard's stylesheet, served as `/admin/assets/admin.css`: plain CSS, phone first
 * (one column, large tap targets), widening into two columns on bigger screens.
 *
 * @module
 */

export const ADMIN_CSS = `
*{box-sizing:border-box}
:root{--ink:#1d2430;--muted:#5b6573;--line:#d8dde4;--bg:#f6f7f9;--card:#fff;--brand:#1f6f5c;
  --warn:#b3392f;--warn-bg:#fdecea;--ok-bg:#e7f4ee;--staff:#7a4ca8;--agent:#2f5fa8}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--brand)}
header.top{background:var(--brand);color:#fff;padding:8px 12px;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
header.top .store{font-weight:700;margin-right:auto}
header.top nav{display:flex;flex-wrap:wrap;gap:4px;order:3;width:100%}
header.top nav a{color:#fff;text-decoration:none;padding:8px 10px;border-radius:6px}
header.top nav a[aria-current=page]{background:rgba(255,255,255,.2)}
header.top form button{background:transparent;color:#fff;border:1px solid rgba(255,255,255,.6)}
main{max-width:1100px;margin:0 auto;padding:12px}
h1{font-size:1.35rem;margin:8px 0 12px}h2{font-size:1.1rem;margin:16px 0 8px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px;margin:0 0 12px}
.notice{padding:10px 12px;border-radius:8px;margin:0 0 12px;background:var(--ok-bg)}
.notice.error{background:var(--warn-bg);color:var(--warn)}
.muted,small{color:var(--muted)}
.badge{display:inline-block;font-size:.78rem;font-weight:600;padding:2px 8px;border-radius:999px;background:#eceff3;color:var(--ink);white-space:nowrap}
.badge.agent{background:#e6eefa;color:var(--agent)}.badge.staff{background:#f1eaf8;color:var(--staff)}
.badge.attention,.badge.failed,.badge.undelivered{background:var(--warn-bg);color:var(--warn)}
.badge.delivered,.badge.read,.badge.inline,.badge.paid,.badge.done{background:var(--ok-bg);color:var(--brand)}
button,.button{font:inherit;font-weight:600;padding:10px 14px;min-height:44px;border-radius:8px;border:1px solid var(--brand);background:var(--brand);color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:#fff;color:var(--brand)}
button.danger{background:#fff;color:var(--warn);border-color:var(--warn)}
input,select,textarea{font:inherit;padding:9px 10px;min-height:44px;border:1px solid var(--line);border-radius:8px;background:#fff;max-width:100%}
textarea{width:100%;min-height:96px}
label{display:block;font-size:.9rem;color:var(--muted)}
form.inline{display:inline}
.row{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.actions{margin-top:8px}
.search{display:flex;gap:8px;margin:0 0 12px}.search input{flex:1}
ul.list{list-style:none;margin:0;padding:0}
ul.list li a{display:block;color:inherit;text-decoration:none}
.conv .who{font-weight:600}.conv .last{color:var(--muted);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.conv.attention{border-left:4px solid var(--warn)}
.filters{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 12px}
.filters a{padding:6px 12px;border:1px solid var(--line);border-radius:999px;text-decoration:none;background:#fff}
.filters a[aria-current=true]{background:var(--brand);color:#fff;border-color:var(--brand)}
.thread{display:flex;flex-direction:column;gap:8px}
.msg{max-width:88%;padding:8px 12px;border-radius:12px;background:#fff;border:1px solid var(--line)}
.msg.customer{align-self:flex-start}
.msg.model,.msg.staff,.msg.system{align-self:flex-end;background:#e6eefa;border-color:#c9d8f2}
.msg.staff{background:#f1eaf8;border-color:#dccbee}
.msg.system{background:#fff7e6;border-color:#f0dcae}
.msg.tool{align-self:stretch;max-width:100%;background:transparent;border-style:dashed;font-size:.9rem}
.msg .meta{font-size:.78rem;color:var(--muted);display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:4px}
.msg .text{white-space:pre-wrap;overflow-wrap:anywhere}
.msg img{display:block;max-width:100%;max-height:260px;border-radius:8px;margin-top:6px}
details summary{cursor:pointer;color:var(--muted)}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.82rem;background:#f2f4f7;padding:8px;border-radius:6px;margin:6px 0 0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 8px;border-top:1px solid var(--line);vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}
.product{display:grid;grid-template-columns:1fr 1fr;gap:8px;align-items:end}
.product .name{grid-column:1/-1;font-weight:600}
.product.inactive .name{color:var(--muted);text-decoration:line-through}
.product input[type=text],.product input[type=number]{width:100%}
.product .check{display:flex;align-items:center;gap:6px;min-height:44px}
.product .check input{min-height:auto;width:22px;height:22px}
.stats{display:grid;grid-template-columns:repeat(2,1fr);gap:8px;margin:0 0 12px}
.stat{background:#fff;border:1px solid var(--line);border-radius:10px;padding:10px}
.stat .value{font-size:1.3rem;font-weight:700;font-variant-numeric:tabular-nums}
.stat .label{font-size:.85rem;color:var(--muted)}
figure.chart{margin:0 0 12px;background:#fff;border:1px solid var(--line);border-radius:10px;padding:10px}
figure.chart figcaption{font-weight:600;margin-bottom:6px}
figure.chart svg{width:100%;height:auto;display:block}
svg .bar{fill:var(--brand)}svg .bar.light{fill:#9fd0c1}svg .bar.warn{fill:var(--warn)}
svg .axis{stroke:var(--line)}svg text{font:11px system-ui,sans-serif;fill:var(--muted)}
.signin{max-width:380px;margin:12vh auto 0}
fieldset.card{display:grid;gap:10px}fieldset.card legend{font-weight:700;padding:0 4px}
.settings label input[type=text],.settings textarea{width:100%}
.settings .check{display:flex;align-items:center;gap:6px;min-height:44px;color:var(--ink)}
.settings .check input{min-height:auto;width:22px;height:22px}
.card.attention{border-left:4px solid var(--warn)}
.badge.awaiting_payment{background:#fff7e6;color:#8a5a00}.badge.cancelled{background:#eceff3;color:var(--muted)}
.signin input{width:100%;margin:4px 0 12px}
.badge.mood.frustrated{background:#fde2e1;color:#9b1c1c}.badge.mood.satisfied{background:#e3f4ea;color:#1f6f3c}
.summary{white-space:pre-line;font-size:.9rem;border-left:3px solid var(--warn);padding:2px 8px;margin:6px 0}
.signed-in-as{font-weight:600}form.language select{width:auto}
@media (min-width:760px){
  header.top nav{order:0;width:auto}
  .stats{grid-template-columns:repeat(4,1fr)}
  .columns{display:grid;grid-template-columns:2fr 1fr;gap:16px;align-items:start}
  .product{grid-template-columns:2fr 1fr 1fr auto auto}
  .product .name{grid-column:auto}
}
`;
