# Varnish in front of the portal API (docs/deployment.md). Tested by test/edge/varnish.test.ts with Debian's
# varnish 7.1 and varnish-modules (xkey), which replaces the backend below with the test server's.
#
# What it does:
# - keeps public GraphQL answers over GET (persisted queries) as long as the API says (s-maxage: EDGE_MAX_AGE),
#   one copy per URL, Host, X-Portal-Unit and Accept (the API's Vary);
# - never keeps signed-in traffic (Authorization, the session cookie), the admin panel or any write;
# - forgets answers by tag when the API purges after a committed change: `PURGE /` with `xkey-purge: <tags>`
#   from the addresses in `purgers` (the API servers); EDGE_PURGE_URLS=http://<this varnish>/ on the API.
vcl 4.1;

import std;
import xkey;

backend portal {
  .host = "127.0.0.1";
  .port = "3000";
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
}

# The API servers, which send purges. Nobody else may empty the cache.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "xkey-purge header required"));
    }
    set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.n-gone));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Signed in (API key, JWT or the admin panel's session cookie; the prefix is Payload's cookiePrefix): never shared.
  if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)payload-token=" || req.url ~ "^/admin") {
    return (pass);
  }
  # Other cookies (a site's analytics) do not change public answers; kept, they would stop all caching.
  unset req.http.Cookie;
  # Two media types only: one copy each instead of one per browser's Accept string.
  if (req.http.Accept ~ "application/graphql-response\+json") {
    set req.http.Accept = "application/graphql-response+json";
  } else {
    set req.http.Accept = "application/json";
  }
  return (hash);
}

sub vcl_backend_response {
  # Only what the API marks for shared caches (s-maxage) is kept; everything else goes to the API every time.
  if (beresp.http.Cache-Control !~ "s-maxage=" || beresp.http.Set-Cookie) {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  # Browsers revalidate with the API's ETag at every use (max-age=0): what they are told stays as the API said.
  return (deliver);
}

sub vcl_deliver {
  # The tags are for this cache only.
  unset resp.http.xkey;
  if (obj.hits > 0) {
    set resp.http.X-Edge = "HIT";
  } else {
    set resp.http.X-Edge = "MISS";
  }
}
