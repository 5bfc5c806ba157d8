/** Seconds a webhook's timestamp may differ from the receiver's clock (the replay window). */
export const REPLAY_WINDOW_S = 300;

const EXAMPLE = `const crypto = require('crypto');
// rawBody：收到的原始请求体（字符串，不要先解析再序列化）；secret：登记时仅显示一次的签名密钥
function verify(secret, headers, rawBody) {
  const ts = headers['x-recall-timestamp'];
  if (!/^\\d+$/.test(ts) || Math.abs(Date.now() / 1000 - Number(ts)) > ${REPLAY_WINDOW_S}) return false; // 超出 5 分钟：拒收
  const expected = 'v1=' + crypto.createHmac('sha256', secret).update(ts + '.' + rawBody).digest('hex');
  const given = String(headers['x-recall-signature'] || '');
  return given.length === expected.length && crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The /api/docs section for registered e-commerce platforms: how pushes are signed, the replay
 * window, idempotency by delivery id, and catching up by pull.
 */
export const PLATFORM_DOCS_HTML = `<h2>已登记的电商平台：推送、签名与补齐</h2>
<p>省级市场监管部门为电商平台登记后，平台会得到<strong>仅显示一次</strong>的接口密钥和签名密钥。平台服务器调用 <code>/api/platform/…</code> 接口时带请求头 <code>Authorization: Bearer 接口密钥</code>；重新生成密钥或平台被停用后，旧密钥立即失效（返回 401）。</p>
<p>召回发布、更正、扩大范围、召回完成或撤回后，与平台订阅范围相符的召回会以 <code>POST</code> 推送到平台登记的接收地址，请求体为一条推送（<code>deliveryId</code>、<code>seq</code>、<code>event</code>、<code>recall</code>），请求头：</p>
<table><tr><th>请求头</th><th>含义</th></tr>
<tr><td><code>X-Recall-Delivery</code></td><td>推送编号：同一编号可能因重试收到多次，处理过的请忽略（幂等）</td></tr>
<tr><td><code>X-Recall-Timestamp</code></td><td>发送时间（Unix 秒）</td></tr>
<tr><td><code>X-Recall-Signature</code></td><td><code>v1=</code> 加上 HMAC-SHA256(签名密钥, 发送时间 + "." + 原始请求体) 的十六进制</td></tr></table>
<p>平台应核对签名，并拒收发送时间与本机时间相差超过 ${REPLAY_WINDOW_S / 60} 分钟的推送（防重放）。答复 2xx 即视为送达；其他答复、超时或无法连接时按 30 秒、1 分钟、2 分钟……逐次加倍重试，多次失败后停止推送，平台可随时拉取补齐。核对签名示例（Node.js）：</p>
<pre><code>${esc(EXAMPLE)}</code></pre>
<p>拉取：<code>GET /api/platform/deliveries?after=0</code>，之后每次用上次返回的 <code>next</code> 作为 <code>after</code>，<code>more</code> 为 true 时立即再取。收到后调用 <code>POST /api/platform/deliveries/{deliveryId}/ack</code> 确认（重复确认不变），并以 <code>POST /api/platform/recalls/{recallId}/measures</code> 报告下架商品链接、通知已购消费者、屏蔽剩余库存的数量与时间；每项措施应在推送后省级规定的工作日内完成。</p>`;
