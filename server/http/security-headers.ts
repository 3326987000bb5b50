/**
 * Security headers. The CSP allows nothing but this origin: no CDN, font,
 * analytics or tracker can load, by construction (docs/rules.md, "Zero third parties").
 */
import helmet from "helmet";

export function securityHeaders(opts: { hsts: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "object-src": ["'none'"],
        "frame-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
      },
    },
    // Sammen often runs over plain HTTP on a school LAN; forcing HTTPS there would break it.
    strictTransportSecurity: opts.hsts,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "no-referrer" },
  });
}
