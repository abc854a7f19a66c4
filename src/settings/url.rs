//! URL helpers: is an endpoint on this machine, and hiding secrets in URLs.

pub(crate) fn is_loopback_url(raw: &str) -> bool {
    let Ok(url) = url::Url::parse(raw) else {
        return false;
    };
    match url.host() {
        Some(url::Host::Domain(d)) => {
            d.eq_ignore_ascii_case("localhost") || d.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Hides the password (and any query string, which may hold one) of a URL.
pub(crate) fn mask_url(raw: &str) -> String {
    match url::Url::parse(raw) {
        Ok(mut url) => {
            if url.password().is_some() {
                let _ = url.set_password(Some("****"));
            }
            if url.query().is_some() {
                url.set_query(Some("****"));
            }
            url.to_string()
        }
        Err(_) => "<unparseable URL hidden>".to_string(),
    }
}
