// Styles for what Jaga Data shows inside pages (notice, pre-submit check). They live in a closed shadow root,
// so the page's styles cannot reach them and ours cannot leak into the page.
export const OVERLAY_CSS = `
.jd-box,.jd-modal{all:initial;position:fixed;margin:0;box-sizing:border-box;font:15px/1.45 -apple-system,'Segoe UI',Roboto,'Noto Sans',Ubuntu,'Helvetica Neue',Arial,sans-serif;color:#1f2937;background:#fff;border-radius:12px;box-shadow:0 8px 28px rgba(0,0,0,.28);padding:14px 16px;max-width:min(420px,calc(100vw - 16px));inset:auto;overflow:visible}
.jd-box{border:2px solid #b45309}
.jd-box.jd-danger{border-color:#b91c1c}
.jd-modal{inset:0;margin:auto;height:fit-content;border:2px solid #b45309;max-height:calc(100vh - 32px);overflow:auto}
.jd-modal::backdrop{background:rgba(17,24,39,.55)}
.jd-modal.jd-danger{border-color:#b91c1c}
h2{all:unset;display:block;font-weight:700;font-size:16px;margin:0 0 6px}
p{all:unset;display:block;margin:4px 0}
ul{all:unset;display:block;margin:6px 0;padding:0}
li{all:unset;display:block;margin:0 0 6px;padding-left:10px;border-left:3px solid #d1d5db}
.title{font-weight:600}
.more{color:#4b5563;font-size:13.5px}
.brand{font-size:12px;font-weight:600;color:#0f766e;letter-spacing:.02em;text-transform:uppercase;margin-bottom:2px}
.lead{font-weight:600}
.advice{margin-top:8px;color:#1f2937}
.hint{font-size:12.5px;color:#4b5563;margin-top:6px}
.row{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
button{all:unset;box-sizing:border-box;cursor:pointer;font:inherit;font-weight:600;min-height:40px;padding:8px 14px;border-radius:8px;border:1px solid #0f766e;background:#0f766e;color:#fff;text-align:center}
button.secondary{background:#fff;color:#115e59}
button.risky{background:#fff;color:#b91c1c;border-color:#b91c1c}
button:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
button[disabled]{opacity:.5;cursor:not-allowed}
label{display:flex;gap:8px;align-items:flex-start;margin-top:8px;font-size:14px}
input[type=checkbox]{width:18px;height:18px;margin:2px 0 0}
.jd-covered{font-weight:700;color:#fff;background:#b91c1c;border-radius:8px;padding:8px 10px;margin:0 0 8px}
.jd-covered[hidden]{display:none}
.dest{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px;word-break:break-all;background:#f3f4f6;padding:2px 4px;border-radius:4px}
`;
