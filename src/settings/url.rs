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

/// Whether two Postgres URLs name the same database: same host (the loopback names
/// alike), port (5432 by default) and database name.
pub(crate) fn same_postgres(a: &str, b: &str) -> bool {
    fn place(raw: &str) -> Option<(String, u16, String)> {
        let url = url::Url::parse(raw).ok()?;
        let host = match url.host_str()? {
            "localhost" | "127.0.0.1" | "[::1]" | "::1" => "loopback".to_string(),
            h => h.to_lowercase(),
        };
        let db = url.path().trim_start_matches('/').to_string();
        Some((host, url.port().unwrap_or(5432), db))
    }
    match (place(a), place(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

#[cfg(test)]
mod same_postgres_tests {
    use super::same_postgres;

    #[test]
    fn the_same_database_is_recognised_by_host_port_and_name() {
        let a = "postgresql://postgres:pw@127.0.0.1:5432/cruddur";
        assert!(same_postgres(a, "postgres://other:x@localhost/cruddur"));
        assert!(!same_postgres(
            a,
            "postgresql://postgres:pw@127.0.0.1:5432/cruddur_dev"
        ));
        assert!(!same_postgres(
            a,
            "postgresql://postgres:pw@127.0.0.1:5433/cruddur"
        ));
    }
}
