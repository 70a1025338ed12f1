import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as pages from './pages.ts';
import type { Variant } from './pages.ts';

export type { Variant } from './pages.ts';

export interface DemoAppOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** `v2` renames buttons and moves fields, to exercise healing. */
  variant?: Variant;
}

export interface DemoApp {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Switches the markup variant of the running server (state is kept). */
  setVariant(variant: Variant): void;
  close(): Promise<void>;
}

interface Session {
  cart: Map<string, number>;
  email: string | null;
}

/**
 * Starts the demo shop on 127.0.0.1: sign up, log in, search, products with a cart and checkout,
 * and a contact form with a select, radios, a checkbox and a file upload. State lives in memory
 * per server, so each test gets a clean shop.
 */
export async function startDemoApp(options: DemoAppOptions = {}): Promise<DemoApp> {
  let variant: Variant = options.variant ?? 'v1';
  const users = new Map<string, { name: string; password: string }>();
  const sessions = new Map<string, Session>();
  let nextOrder = 1000;

  const sessionOf = (req: IncomingMessage, res: ServerResponse): Session => {
    const sid = /(?:^|;\s*)sid=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
    const existing = sid ? sessions.get(sid) : undefined;
    if (existing) return existing;
    const id = randomUUID();
    const session: Session = { cart: new Map(), email: null };
    sessions.set(id, session);
    res.setHeader('set-cookie', `sid=${id}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const session = sessionOf(req, res);
    const count = [...session.cart.values()].reduce((a, b) => a + b, 0);
    const send = (title: string, body: string, status = 200, script = '') => {
      res.statusCode = status;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(pages.layout(title, body, count, script));
    };
    const redirect = (to: string) => {
      res.statusCode = 303;
      res.setHeader('location', to);
      res.end();
    };

    if (req.method === 'GET') {
      if (path === '/') return send('Home', pages.homePage());
      if (path === '/widget/newsletter') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return void res.end(pages.newsletterWidget());
      }
      if (path === '/signup') return send('Sign up', pages.signupPage(variant), 200, pages.signupScript);
      if (path === '/login') return send('Log in', pages.loginPage(variant));
      if (path === '/account') {
        return session.email ? send('Your account', pages.accountPage(session.email)) : redirect('/login');
      }
      if (path === '/products') return send('Products', pages.productsPage());
      const productMatch = /^\/products\/([\w-]+)$/.exec(path);
      if (productMatch) {
        const product = pages.PRODUCTS.find((p) => p.id === productMatch[1]);
        return product
          ? send(product.name, pages.productPage(product))
          : send('Not found', pages.notFoundPage(), 404);
      }
      if (path === '/search') return send('Search', pages.searchPage(url.searchParams.get('q') ?? ''));
      if (path === '/cart') return send('Cart', pages.cartPage(cartLines(session)));
      if (path === '/checkout') return send('Checkout', pages.checkoutPage());
      if (path === '/contact') return send('Contact', pages.contactPage(variant), 200, pages.contactScript);
      return send('Not found', pages.notFoundPage(), 404);
    }

    if (req.method === 'POST') {
      const form = await readForm(req);
      const field = (name: string) => {
        const value = form.get(name);
        return typeof value === 'string' ? value : '';
      };
      if (path === '/widget/newsletter') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        return void res.end(pages.newsletterWidget(`Subscribed ${field('email')}!`));
      }
      if (path === '/signup') {
        const values = { name: field('name'), email: field('email') };
        if (!field('terms'))
          return send(
            'Sign up',
            pages.signupPage(variant, 'Please accept the terms.', values),
            400,
            pages.signupScript,
          );
        if (!values.name || !values.email || field('password').length < 6) {
          return send(
            'Sign up',
            pages.signupPage(variant, 'Every field is required (password: 6+ characters).', values),
            400,
            pages.signupScript,
          );
        }
        if (users.has(values.email))
          return send(
            'Sign up',
            pages.signupPage(variant, 'That email is already registered.', values),
            400,
            pages.signupScript,
          );
        users.set(values.email, { name: values.name, password: field('password') });
        session.email = values.email;
        return send('Welcome', pages.welcomePage(values.name));
      }
      if (path === '/login') {
        const user = users.get(field('email'));
        if (!user || user.password !== field('password')) {
          return send('Log in', pages.loginPage(variant, 'Invalid email or password.'), 401);
        }
        session.email = field('email');
        return redirect('/account');
      }
      if (path === '/cart/add') {
        const id = field('id');
        if (pages.PRODUCTS.some((p) => p.id === id)) session.cart.set(id, (session.cart.get(id) ?? 0) + 1);
        return redirect('/cart');
      }
      if (path === '/checkout') {
        if (!session.cart.size) return send('Checkout', pages.checkoutPage('Your cart is empty.'), 400);
        if (!field('name') || !field('address'))
          return send('Checkout', pages.checkoutPage('Name and address are required.'), 400);
        session.cart.clear();
        return send('Order placed', pages.orderPage(nextOrder++, field('shipping')));
      }
      if (path === '/contact') {
        const fields = Object.fromEntries(
          [...form.entries()].filter(([, v]) => typeof v === 'string'),
        ) as Record<string, string>;
        const file = form.get('attachment');
        const fileName = file && typeof file !== 'string' && file.size > 0 ? file.name : null;
        return send('Message sent', pages.contactReceivedPage(fields, fileName));
      }
    }
    return send('Not found', pages.notFoundPage(), 404);
  }

  function cartLines(session: Session) {
    return [...session.cart.entries()].flatMap(([id, quantity]) => {
      const product = pages.PRODUCTS.find((p) => p.id === id);
      return product ? [{ product, quantity }] : [];
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setVariant(next) {
      variant = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Parses urlencoded and multipart bodies with the platform's own FormData parser. */
async function readForm(req: IncomingMessage): Promise<FormData> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const contentType = req.headers['content-type'] ?? 'application/x-www-form-urlencoded';
  return new Request('http://127.0.0.1/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  }).formData();
}
