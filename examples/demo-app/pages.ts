/** HTML for the demo app's pages. Plain markup with real labels, so accessible names are honest. */

export type Variant = 'v1' | 'v2';

export interface Product {
  id: string;
  name: string;
  price: number;
  description: string;
}

export const PRODUCTS: readonly Product[] = [
  { id: 'mug', name: 'Blue Mug', price: 12, description: 'A sturdy ceramic mug, 350 ml.' },
  { id: 'lamp', name: 'Desk Lamp', price: 39, description: 'Warm LED light with a flexible arm.' },
  { id: 'notebook', name: 'Grid Notebook', price: 8, description: 'A5, 120 pages of 5 mm grid.' },
  { id: 'pen', name: 'Fountain Pen', price: 25, description: 'Steel nib, refillable.' },
];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function layout(title: string, body: string, cartCount: number, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)} · Demo Shop</title>
<style>body{font-family:sans-serif;max-width:48rem;margin:1rem auto}nav a{margin-right:1rem}
.error{color:#a00}.hidden{display:none}label{display:block;margin:.4rem 0}</style></head>
<body>
<header><nav aria-label="Main">
<a href="/">Home</a><a href="/products">Products</a><a href="/search">Search</a>
<a href="/signup">Sign up</a><a href="/login">Log in</a><a href="/contact">Contact</a>
<a href="/cart">Cart (${cartCount})</a>
</nav></header>
<main>
${body}
</main>
${script ? `<script>${script}</script>` : ''}
</body></html>`;
}

export function homePage(): string {
  return `<h1>Welcome to the Demo Shop</h1>
<p>Small things for a tidy desk.</p>
<iframe title="Newsletter" src="/widget/newsletter" width="400" height="140"></iframe>`;
}

export function newsletterWidget(message = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsletter</title></head><body>
<form method="post" action="/widget/newsletter">
<label>Your email <input type="email" name="email" required></label>
<button type="submit">Subscribe</button>
</form>${message ? `<p role="status">${escapeHtml(message)}</p>` : ''}</body></html>`;
}

const emailField = (label: string, value: string) =>
  `<label>${label} <input type="email" name="email" autocomplete="email" required value="${escapeHtml(value)}"></label>`;

export function signupPage(variant: Variant, error = '', values: Record<string, string> = {}): string {
  const name = `<label>Name <input type="text" name="name" autocomplete="name" required value="${escapeHtml(values.name ?? '')}"></label>`;
  const password = `<label>Password <input type="password" name="password" autocomplete="new-password" required minlength="6"></label>`;
  const terms = `<label><input type="checkbox" name="terms" value="yes"> I accept the terms and conditions</label>`;
  const newsletter = `<label><input type="checkbox" name="newsletter" value="yes"> Send me the monthly newsletter</label>`;
  // v2 moves the email field below the password (and into its own group) and renames the button.
  const fields =
    variant === 'v1'
      ? `${name}${emailField('Email', values.email ?? '')}${password}`
      : `${name}${password}<fieldset><legend>Contact details</legend>${emailField('Email address', values.email ?? '')}</fieldset>`;
  const button = variant === 'v1' ? 'Create account' : 'Register';
  return `<h1>Create your account</h1>
${error ? `<p role="alert" class="error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/signup" id="signup">
${fields}
${terms}
${newsletter}
<button type="submit" id="signup-submit" disabled>${button}</button>
</form>`;
}

/** The submit button stays disabled until the terms are accepted (a little client-side state). */
export const signupScript = `
const terms = document.querySelector('input[name=terms]');
const submit = document.getElementById('signup-submit');
const sync = () => { submit.disabled = !terms.checked; };
terms.addEventListener('change', sync); sync();`;

export function welcomePage(name: string): string {
  return `<h1>Welcome, ${escapeHtml(name)}!</h1><p role="status">Your account has been created.</p>
<p><a href="/products">Start shopping</a></p>`;
}

export function loginPage(variant: Variant, error = ''): string {
  const button = variant === 'v1' ? 'Log in' : 'Sign in';
  return `<h1>Log in</h1>
${error ? `<p role="alert" class="error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/login">
${emailField('Email', '')}
<label>Password <input type="password" name="password" autocomplete="current-password" required></label>
<button type="submit">${button}</button>
</form>`;
}

export function accountPage(email: string): string {
  return `<h1>Your account</h1><p role="status">Signed in as ${escapeHtml(email)}</p>`;
}

export function productsPage(): string {
  const items = PRODUCTS.map(
    (p) => `<li><h2><a href="/products/${p.id}">${escapeHtml(p.name)}</a></h2><p>$${p.price}</p>
<form method="post" action="/cart/add"><input type="hidden" name="id" value="${p.id}"><button type="submit">Add to cart</button></form></li>`,
  ).join('\n');
  return `<h1>Products</h1><ul aria-label="Products">${items}</ul>`;
}

export function productPage(product: Product): string {
  return `<h1>${escapeHtml(product.name)}</h1><p>${escapeHtml(product.description)}</p><p>$${product.price}</p>
<form method="post" action="/cart/add"><input type="hidden" name="id" value="${product.id}"><button type="submit">Add to cart</button></form>`;
}

export function searchPage(query: string): string {
  const q = query.trim().toLowerCase();
  const results = q ? PRODUCTS.filter((p) => `${p.name} ${p.description}`.toLowerCase().includes(q)) : [];
  const list = q
    ? results.length
      ? `<p role="status">${results.length} result(s) for “${escapeHtml(query)}”</p><ul aria-label="Results">${results
          .map((p) => `<li><a href="/products/${p.id}">${escapeHtml(p.name)}</a></li>`)
          .join('')}</ul>`
      : `<p role="status">No results for “${escapeHtml(query)}”</p>`
    : '';
  return `<h1>Search</h1>
<form method="get" action="/search" role="search">
<label>Search products <input type="search" name="q" value="${escapeHtml(query)}"></label>
<button type="submit">Search</button>
</form>${list}`;
}

export function cartPage(lines: { product: Product; quantity: number }[]): string {
  if (!lines.length) return `<h1>Your cart</h1><p>Your cart is empty.</p>`;
  const rows = lines
    .map(
      (l) =>
        `<tr><td>${escapeHtml(l.product.name)}</td><td>${l.quantity}</td><td>$${l.product.price * l.quantity}</td></tr>`,
    )
    .join('');
  const total = lines.reduce((sum, l) => sum + l.product.price * l.quantity, 0);
  return `<h1>Your cart</h1>
<table><thead><tr><th>Product</th><th>Quantity</th><th>Price</th></tr></thead><tbody>${rows}</tbody></table>
<p>Total: $${total}</p>
<p><a href="/checkout">Proceed to checkout</a></p>`;
}

export function checkoutPage(error = ''): string {
  return `<h1>Checkout</h1>
${error ? `<p role="alert" class="error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/checkout">
<label>Full name <input type="text" name="name" required></label>
<label>Address <textarea name="address" required></textarea></label>
<label>Shipping method <select name="shipping">
<option value="standard">Standard (5 days)</option><option value="express">Express (1 day)</option><option value="pickup">Store pickup</option>
</select></label>
<button type="submit">Place order</button>
</form>`;
}

export function orderPage(id: number, shipping: string): string {
  return `<h1>Thank you for your order!</h1><p role="status">Order #${id} has been placed (${escapeHtml(shipping)}).</p>`;
}

export function contactPage(variant: Variant): string {
  const topic = `<label>Topic <select name="topic" required><option value="">Choose a topic</option>
<option>Billing</option><option>Delivery</option><option>Returns</option></select></label>`;
  const message = `<label>Message <textarea name="message" required></textarea></label>`;
  return `<h1>Contact us</h1>
<form method="post" action="/contact" enctype="multipart/form-data">
${variant === 'v1' ? topic + message : message + topic}
<fieldset><legend>Preferred reply</legend>
<label><input type="radio" name="reply" value="email" checked> By email</label>
<label><input type="radio" name="reply" value="phone"> By phone</label>
</fieldset>
<label id="phone-field" class="hidden">Phone number <input type="tel" name="phone"></label>
<label>Attachment <input type="file" name="attachment"></label>
<label><input type="checkbox" name="urgent" value="yes"> This is urgent</label>
<button type="submit">Send message</button>
</form>`;
}

/** Shows the phone field only when a phone reply is chosen. */
export const contactScript = `
const phone = document.getElementById('phone-field');
for (const radio of document.querySelectorAll('input[name=reply]')) {
  radio.addEventListener('change', () => phone.classList.toggle('hidden', radio.value !== 'phone' || !radio.checked));
}`;

export function contactReceivedPage(fields: Record<string, string>, fileName: string | null): string {
  return `<h1>Message sent</h1><p role="status">Thanks, we received your message about ${escapeHtml(fields.topic || 'something')}.</p>
<dl><dt>Reply</dt><dd>${escapeHtml(fields.reply ?? '')}</dd><dt>Urgent</dt><dd>${fields.urgent === 'yes' ? 'yes' : 'no'}</dd>
<dt>Attachment</dt><dd>${fileName ? `Received file: ${escapeHtml(fileName)}` : 'No file attached'}</dd></dl>`;
}

export function notFoundPage(): string {
  return `<h1>Page not found</h1>`;
}
