"""The workspace's shape: one namespace, services independent of each other, compose and Dockerfiles consistent."""

import ast
import re

import pytest
import yaml

from tests.conftest import ROOT

MEMBERS = {"shared": ROOT / "shared", **{s: ROOT / "services" / s for s in ("ingest", "enrich", "store")}}


def test_no_member_owns_the_newsflow_namespace() -> None:
    stray = sorted(
        str(p.relative_to(ROOT)) for p in ROOT.glob("**/src/newsflow/__init__.py") if ".venv" not in p.parts
    )
    assert stray == [], "a src/newsflow/__init__.py breaks the newsflow.* namespace shared by the members"


@pytest.mark.parametrize("member", sorted(MEMBERS))
def test_members_import_only_shared(member: str) -> None:
    allowed = {"shared", member}
    for path in (MEMBERS[member] / "src" / "newsflow").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            )
            for name in names:
                if name.startswith("newsflow."):
                    assert name.split(".")[1] in allowed, f"{path.relative_to(ROOT)} imports {name}"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_services_and_commands(compose: dict) -> None:
    services = compose["services"]
    assert set(services) == {"redis", "postgres", "store-migrate", "ingest", "enrich", "store"}
    assert services["ingest"]["command"] == ["newsflow", "ingest"]
    assert services["enrich"]["command"] == ["newsflow", "enrich"]
    assert services["store"]["command"] == ["newsflow", "store"]
    assert services["store-migrate"]["command"] == ["newsflow", "db", "upgrade"]
    assert services["enrich"]["deploy"]["replicas"] == 2
    assert "--appendonly" in services["redis"]["command"]
    assert services["redis"]["command"][services["redis"]["command"].index("--appendonly") + 1] == "yes"
    assert any(v.endswith(":/data/inbox") for v in services["ingest"]["volumes"])
    assert services["ingest"]["environment"]["NEWSFLOW_INBOX"] == "/data/inbox"


def test_compose_health_and_start_order(compose: dict) -> None:
    services = compose["services"]
    for name in ("redis", "postgres", "ingest", "enrich", "store"):
        assert services[name]["healthcheck"]["test"], name
    for name in ("ingest", "enrich", "store"):
        assert services[name]["depends_on"]["redis"]["condition"] == "service_healthy"
        assert services[name]["healthcheck"]["test"] == ["CMD", "newsflow", "healthcheck"]
        # which asks the service's /health/ready, since every service serves HTTP there
        assert services[name]["environment"]["NEWSFLOW_HTTP_PORT"] == "8000"
    assert services["store"]["ports"] == ["${NEWSFLOW_STORE_PORT:-8000}:8000"]
    assert services["store"]["depends_on"]["store-migrate"]["condition"] == "service_completed_successfully"
    assert services["store-migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["store-migrate"]["restart"] == "no"


def test_compose_secrets_are_required_not_defaulted(compose: dict) -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    assert "${POSTGRES_PASSWORD:?" in text
    assert not re.search(r"POSTGRES_PASSWORD:-", text)
    assert compose["services"]["store"]["environment"]["DATABASE_URL"].startswith("postgresql://newsflow:")


@pytest.mark.parametrize("service", ["ingest", "enrich", "store"])
def test_dockerfiles_build_one_service_from_the_root(compose: dict, service: str) -> None:
    build = compose["services"][service]["build"]
    assert build["context"] == "."
    dockerfile = (ROOT / build["dockerfile"]).read_text(encoding="utf-8")
    steps = re.findall(r"uv sync ([^\n]+)", dockerfile)
    runtime = [
        f"--frozen --no-dev --no-install-workspace --package newsflow-{service}",
        f"--frozen --no-dev --package newsflow-{service}",
    ]
    if service == "enrich":
        # a first stage compiles the hot modules (tests/integration/test_compiled.py runs its steps);
        # the service's stage takes only the compiled source tree from it
        assert steps == ["--frozen --no-dev --group compile --package newsflow-enrich", *runtime]
        assert "services/enrich/scripts/compile.py --in-place" in dockerfile
        assert "COPY --from=compiled /app/services/enrich/src/ services/enrich/src/" in dockerfile
        assert dockerfile.count("FROM python:3.11") == 2
        assert "FROM python:3.11-slim\n" in dockerfile
        # a checkout's own compiled modules (compile.py --in-place) never enter the build context
        assert "**/*.so" in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
    else:
        assert steps == runtime
    assert f"COPY services/{service} services/{service}" in dockerfile
    others = {"ingest", "enrich", "store"} - {service}
    assert not any(f"services/{o}" in dockerfile for o in others)
    assert f'CMD ["newsflow", "{service}"]' in dockerfile
    for path in re.findall(r"^COPY (?!--from)(\S+) ", dockerfile, re.M):
        for p in path.split():
            assert (ROOT / p).exists(), p


def test_alert_rules_use_metrics_that_exist() -> None:
    """docs/prometheus-alerts.yml parses and names only metrics newsflow exports."""
    import re

    from prometheus_client import generate_latest

    from newsflow.shared import metrics

    rules = yaml.safe_load((ROOT / "docs" / "prometheus-alerts.yml").read_text(encoding="utf-8"))
    exprs = [r["expr"] for g in rules["groups"] for r in g["rules"]]
    assert len(exprs) >= 8
    metrics.ARTICLES.labels(stage="store", outcome="stored").inc(0)
    metrics.ENRICH_SECONDS.observe(0.01)
    metrics.STORE_COMMIT.observe(0.01)
    exported = set(re.findall(r"^# TYPE (\S+)", generate_latest(metrics.REGISTRY).decode(), re.M))
    for expr in exprs:
        for name in re.findall(r"\b(newsflow_[a-z_]+)", expr):
            base = re.sub(r"_(bucket|count|sum|total)$", "", name)
            assert name in exported or base in exported, (name, expr)
