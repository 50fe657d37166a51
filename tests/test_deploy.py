"""Deployment artefacts: the kustomize overlays, docker-compose.yml, the Dockerfile.

No Docker engine here: the overlays are rendered with ``kubectl kustomize`` and
checked on their output; the compose file, its configuration files and the
Dockerfile are parsed and checked as text. Without kubectl the rendering tests
skip, except under CI=true where they fail (as ptp_common.testing.infra does
for missing servers).
"""

from __future__ import annotations

import base64
import importlib.util
import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
K8S = ROOT / "deploy" / "k8s"
SERVICES = ("crm", "contracts", "projects", "risk", "kpi", "webhooks")
OVERLAYS = ("dev", "prod")
# user:password@ inside a URL: a credential written out in plain text.
CREDENTIAL_IN_URL = re.compile(r"://[^/\s:@]+:[^@\s/]+@")

Manifest = dict[str, Any]


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@cache
def render(path: str) -> tuple[Manifest, ...]:
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        message = "kubectl not available: the kustomize overlays cannot be rendered"
        if _ci():
            pytest.fail(f"CI=true and {message}", pytrace=False)
        pytest.skip(message)
    done = subprocess.run(
        [kubectl, "kustomize", str(K8S / path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, f"kubectl kustomize {path} failed:\n{done.stderr}"
    return tuple(d for d in yaml.safe_load_all(done.stdout) if d)


def of_kind(docs: tuple[Manifest, ...], kind: str) -> dict[str, Manifest]:
    return {d["metadata"]["name"]: d for d in docs if d["kind"] == kind}


def pod_spec(workload: Manifest) -> Manifest:
    return workload["spec"]["template"]["spec"]


def all_containers(spec: Manifest) -> list[Manifest]:
    return list(spec.get("initContainers", [])) + list(spec["containers"])


def env_of(container: Manifest) -> dict[str, Manifest]:
    return {e["name"]: e for e in container.get("env", [])}


# --------------------------------------------------------------- kubernetes ---


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_renders_every_service_and_the_gateway(overlay: str) -> None:
    docs = render(f"overlays/{overlay}")
    for kind in ("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy"):
        names = set(of_kind(docs, kind))
        assert {*SERVICES, "gateway"} <= names, f"{overlay}: {kind} missing for {set(SERVICES) - names}"
    namespaces = {d["metadata"].get("namespace") for d in docs if d["kind"] != "Namespace"}
    assert len(namespaces) == 1 and None not in namespaces, f"{overlay}: one namespace for all: {namespaces}"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_deployment_is_probed_limited_non_root_and_read_only(overlay: str) -> None:
    for name, deployment in of_kind(render(f"overlays/{overlay}"), "Deployment").items():
        spec = pod_spec(deployment)
        pod_security = spec.get("securityContext", {})
        volumes = {v["name"]: v for v in spec.get("volumes", [])}
        for container in all_containers(spec):
            where = f"{overlay}/{name}/{container['name']}"
            resources = container.get("resources", {})
            for bound in ("requests", "limits"):
                assert {"cpu", "memory"} <= set(resources.get(bound, {})), f"{where}: {bound} cpu+memory"
            security = container.get("securityContext", {})
            assert security.get("runAsNonRoot", pod_security.get("runAsNonRoot")) is True, where
            assert security.get("readOnlyRootFilesystem") is True, where
            assert security.get("allowPrivilegeEscalation") is False, where
            assert "ALL" in security.get("capabilities", {}).get("drop", []), where
            tmp = [m for m in container.get("volumeMounts", []) if m["mountPath"] == "/tmp"]
            assert tmp and "emptyDir" in volumes[tmp[0]["name"]], f"{where}: emptyDir at /tmp"
        for container in spec["containers"]:
            where = f"{overlay}/{name}/{container['name']}"
            assert "readinessProbe" in container and "livenessProbe" in container, where
        assert spec.get("automountServiceAccountToken") is False, f"{overlay}/{name}"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_services_probe_health_and_migrate_before_serving(overlay: str) -> None:
    deployments = of_kind(render(f"overlays/{overlay}"), "Deployment")
    for service in SERVICES:
        spec = pod_spec(deployments[service])
        (app,) = [c for c in spec["containers"] if c["name"] == service]
        assert app["readinessProbe"]["httpGet"]["path"] == "/health/ready"
        assert app["livenessProbe"]["httpGet"]["path"] == "/health/live"
        assert app["args"] == ["serve"]
        assert env_of(app)["PTP_SERVICE"]["value"] == service
        assert env_of(app)["PTP_ROOT_PATH"]["value"] == f"/{service}"
        migrations = [c for c in spec.get("initContainers", []) if c.get("args") == ["migrate"]]
        assert migrations, f"{overlay}/{service}: no migration init container"
        assert env_of(migrations[0])["PTP_SERVICE"]["value"] == service
        for container in [app, migrations[0]]:
            env = env_of(container)
            url = env[f"{service.upper()}_DATABASE_URL"]["valueFrom"]["secretKeyRef"]
            assert url["name"].startswith(f"ptp-{service}-database") and url["key"] == "url"
            assert env["AMQP_URL"]["valueFrom"]["secretKeyRef"]["name"].startswith("ptp-broker")
            assert any(ref["configMapRef"]["name"].startswith("ptp-config") for ref in container["envFrom"])
            assert container["image"] == app["image"]
        strategy = deployments[service]["spec"]["strategy"]["rollingUpdate"]
        assert strategy["maxUnavailable"] == 0
        assert "replicas" not in deployments[service]["spec"], "the HPA owns the replica count"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_hpa_and_pdb_cover_each_service(overlay: str) -> None:
    docs = render(f"overlays/{overlay}")
    hpas, pdbs = of_kind(docs, "HorizontalPodAutoscaler"), of_kind(docs, "PodDisruptionBudget")
    deployments = of_kind(docs, "Deployment")
    for service in (*SERVICES, "gateway"):
        target = hpas[service]["spec"]["scaleTargetRef"]
        assert (target["kind"], target["name"]) == ("Deployment", service)
        assert 1 <= hpas[service]["spec"]["minReplicas"] <= hpas[service]["spec"]["maxReplicas"]
        labels = deployments[service]["spec"]["template"]["metadata"]["labels"]
        selector = pdbs[service]["spec"]["selector"]["matchLabels"]
        assert selector.items() <= labels.items(), f"{overlay}: PDB {service} selects its pods"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_network_policies_allow_only_gateway_in_and_data_services_out(overlay: str) -> None:
    docs = render(f"overlays/{overlay}")
    policies = of_kind(docs, "NetworkPolicy")
    deny = policies["default-deny"]["spec"]
    assert deny["podSelector"] == {} and set(deny["policyTypes"]) == {"Ingress", "Egress"}
    for service in SERVICES:
        spec = policies[service]["spec"]
        assert spec["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": service}
        assert set(spec["policyTypes"]) == {"Ingress", "Egress"}
        sources = [peer for rule in spec["ingress"] for peer in rule["from"]]
        assert sources == [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "gateway"}}}]
        egress = yaml.safe_dump(spec["egress"])
        assert f"db.ptp.suite/{service}" in egress and "port: 5432" in egress
        assert "ptp.suite/broker" in egress and "port: 5672" in egress
        others = [s for s in SERVICES if s != service]
        assert not any(f"db.ptp.suite/{o}:" in egress for o in others), f"{service} reaches only its database"
    gateway_out = yaml.safe_dump(policies["gateway"]["spec"]["egress"])
    assert "5432" not in gateway_out and "5672" not in gateway_out, "the gateway never reaches data services"


def test_webhooks_may_call_out_on_https_but_not_into_private_or_metadata_ranges() -> None:
    egress = of_kind(render("base"), "NetworkPolicy")["webhooks"]["spec"]["egress"]
    blocks = [(peer["ipBlock"], rule["ports"]) for rule in egress for peer in rule["to"] if "ipBlock" in peer]
    assert len(blocks) == 1
    block, ports = blocks[0]
    assert block["cidr"] == "0.0.0.0/0" and ports == [{"protocol": "TCP", "port": 443}]
    for internal in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8"):
        assert internal in block["except"], internal
    others = of_kind(render("base"), "NetworkPolicy")
    assert not any("ipBlock" in yaml.safe_dump(others[s]["spec"]) for s in SERVICES if s != "webhooks")


def test_base_holds_no_secret_values() -> None:
    docs = render("base")
    assert not of_kind(docs, "Secret"), "the base must not carry Secret objects"
    text = yaml.safe_dump_all(docs)
    assert not CREDENTIAL_IN_URL.search(text), "a credential is spelled out in the base"
    for deployment in of_kind(docs, "Deployment").values():
        for container in all_containers(pod_spec(deployment)):
            for name, var in env_of(container).items():
                if re.search(r"URL|SECRET|PASSWORD|TOKEN", name) and name != "PTP_ROOT_PATH":
                    assert "secretKeyRef" in var.get("valueFrom", {}), f"{name} must come from a Secret"
    for config in of_kind(docs, "ConfigMap").values():
        for key in config.get("data", {}):
            assert not re.search(r"SECRET|PASSWORD|DATABASE_URL|AMQP_URL", key), key
    for path in (K8S / "base").rglob("*.yaml"):
        assert "stringData" not in path.read_text() and "secretGenerator" not in path.read_text(), path


def test_dev_overlay_brings_its_own_data_services_and_dev_only_secrets() -> None:
    docs = render("overlays/dev")
    statefulsets = of_kind(docs, "StatefulSet")
    assert {"postgres", "rabbitmq"} <= set(statefulsets)
    for name in ("postgres", "rabbitmq"):
        assert statefulsets[name]["spec"]["replicas"] == 1
        assert pod_spec(statefulsets[name])["securityContext"]["runAsNonRoot"] is True
    postgres_labels = statefulsets["postgres"]["spec"]["template"]["metadata"]["labels"]
    assert all(postgres_labels.get(f"db.ptp.suite/{s}") == "true" for s in SERVICES)
    assert statefulsets["rabbitmq"]["spec"]["template"]["metadata"]["labels"]["ptp.suite/broker"] == "true"
    secrets = of_kind(docs, "Secret")
    values = {
        (name, key): base64.b64decode(value).decode()
        for name, secret in secrets.items()
        for key, value in secret.get("data", {}).items()
    }
    for (name, key), value in values.items():
        if re.search(r"url|secret|PASS", key):
            assert "dev-only" in value, f"{name}/{key} must be an obviously-dev value"
    # Every secret a Deployment or StatefulSet refers to exists, with the key it reads.
    workloads = [*of_kind(docs, "Deployment").values(), *statefulsets.values()]
    for workload in workloads:
        for container in all_containers(pod_spec(workload)):
            for var in container.get("env", []):
                ref = var.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    assert (ref["name"], ref["key"]) in values, ref
            for source in container.get("envFrom", []):
                if "secretRef" in source:
                    assert source["secretRef"]["name"] in secrets
    # The database logins in the service URLs are the ones the init script creates.
    init = next(v for (n, _), v in values.items() if n.startswith("postgres-init"))
    assert init  # the init secret exists
    for service in SERVICES:
        url = next(v for (n, k), v in values.items() if n.startswith(f"ptp-{service}-database"))
        password = re.search(rf"://{service}:([^@]+)@postgres:5432/{service}$", url)
        assert password, url
        init_secret = next(s for n, s in secrets.items() if n.startswith("postgres-init"))
        expected = base64.b64decode(init_secret["data"][f"{service.upper()}_DB_PASSWORD"]).decode()
        assert password.group(1) == expected


def test_dev_postgres_init_script_is_the_compose_one() -> None:
    compose_script = ROOT / "deploy" / "postgres" / "init" / "10-service-databases.sh"
    dev_script = K8S / "overlays" / "dev" / "postgres" / "10-service-databases.sh"
    assert dev_script.read_text() == compose_script.read_text()


def test_prod_overlay_uses_external_data_services_by_reference() -> None:
    docs = render("overlays/prod")
    assert not of_kind(docs, "StatefulSet"), "prod uses external PostgreSQL and RabbitMQ"
    assert not of_kind(docs, "Secret"), "prod secrets are created by the operator, not rendered"
    assert not CREDENTIAL_IN_URL.search(yaml.safe_dump_all(docs))
    (config,) = [c for n, c in of_kind(docs, "ConfigMap").items() if n.startswith("ptp-config")]
    assert config["data"]["PTP_ENV"] == "production"
    assert config["data"]["PTP_JWKS_URL"].startswith("https://")
    images = {c["image"] for d in of_kind(docs, "Deployment").values() for c in all_containers(pod_spec(d))}
    assert not any(image.endswith((":latest", ":dev")) for image in images), images


def test_generated_base_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("generate_base", K8S / "generate_base.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path, text in module.render().items():
        assert path.read_text() == text, f"{path} is stale: run python deploy/k8s/generate_base.py"


# ------------------------------------------------------------------ compose ---


@cache
def compose() -> Manifest:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_infrastructure_services_migrations_and_gateway() -> None:
    services = compose()["services"]
    expected = {"postgres", "rabbitmq", "jaeger", "prometheus", "gateway"}
    expected |= set(SERVICES) | {f"{s}-migrate" for s in SERVICES}
    assert expected <= set(services), expected - set(services)
    assert "management" in services["rabbitmq"]["image"]
    jaeger_env = services["jaeger"]["environment"]
    assert jaeger_env["COLLECTOR_OTLP_ENABLED"] == "true"
    volumes = compose()["volumes"]
    for service, target in (("postgres", "/var/lib/postgresql/data"), ("rabbitmq", "/var/lib/rabbitmq")):
        mounts = [v.split(":") for v in services[service]["volumes"]]
        assert any(m[0] in volumes and m[1] == target for m in mounts), f"{service} keeps data in a volume"


def test_compose_long_running_services_have_health_checks() -> None:
    services = compose()["services"]
    for name in ("postgres", "rabbitmq", "prometheus", "gateway", *SERVICES):
        check = services[name].get("healthcheck", {})
        assert check.get("test") and not check.get("disable"), f"{name} has no health check"
    for service in SERVICES:
        assert "/health/ready" in " ".join(services[service]["healthcheck"]["test"])


def test_compose_start_order_migrates_first() -> None:
    services = compose()["services"]
    for service in SERVICES:
        migrate = services[f"{service}-migrate"]
        assert migrate["command"] == ["migrate"]
        assert migrate["environment"]["PTP_SERVICE"] == service
        assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
        depends = services[service]["depends_on"]
        assert depends[f"{service}-migrate"]["condition"] == "service_completed_successfully"
        assert depends["rabbitmq"]["condition"] == "service_healthy"
        assert depends["postgres"]["condition"] == "service_healthy"
        assert services["gateway"]["depends_on"][service]["condition"] == "service_healthy"


def test_compose_services_are_configured_by_environment_without_secrets() -> None:
    services = compose()["services"]
    for service in SERVICES:
        for name in (service, f"{service}-migrate"):
            env = services[name]["environment"]
            url = env[f"{service.upper()}_DATABASE_URL"]
            assert url.startswith(f"postgresql+asyncpg://{service}:${{{service.upper()}_DB_PASSWORD:?")
            assert url.endswith(f"@postgres:5432/{service}")
            assert env["PTP_BUS"] == "rabbitmq"
            assert env["AMQP_URL"].startswith("amqp://") and "guest" not in env["AMQP_URL"]
            assert env["PTP_JWT_SECRET"].startswith("${PTP_JWT_SECRET:?")
            assert "PTP_ENV" in env and "OTEL_EXPORTER_OTLP_ENDPOINT" in env
            assert services[name].get("read_only") is True
    text = (ROOT / "docker-compose.yml").read_text()
    for line in text.splitlines():
        if re.search(r"PASSWORD|SECRET|_PASS\b", line) and ":" in line and not line.lstrip().startswith("#"):
            value = line.split(":", 1)[1]
            assert "${" in value or not value.strip(), f"secret spelled out in compose: {line.strip()}"


def test_env_example_documents_every_compose_variable_with_no_secret_values() -> None:
    text = yaml.safe_dump(compose())  # values only, no comments
    used = set(re.findall(r"(?<!\$)\$\{([A-Z][A-Z0-9_]*)", text))
    example = (ROOT / ".env.example").read_text()
    values = dict(line.split("=", 1) for line in example.splitlines() if line and not line.startswith("#"))
    assert used <= set(values), f".env.example lacks {used - set(values)}"
    for name, value in values.items():
        if re.search(r"PASSWORD|SECRET", name):
            assert value == "", f"{name} must be empty in .env.example (got a value)"
    assert "guest" not in values.get("RABBITMQ_USER", "guest")
    gitignore = (ROOT / ".gitignore").read_text().splitlines()
    assert ".env" in gitignore


def test_postgres_init_creates_one_isolated_database_and_login_per_service() -> None:
    services = compose()["services"]
    assert "./deploy/postgres/init:/docker-entrypoint-initdb.d:ro" in services["postgres"]["volumes"]
    script_path = ROOT / "deploy" / "postgres" / "init" / "10-service-databases.sh"
    assert os.access(script_path, os.X_OK), "the postgres image runs only executable *.sh"
    script = script_path.read_text()
    assert 'services="${PTP_SERVICES:-crm contracts projects risk kpi webhooks}"' in script
    for statement in (
        "CREATE ROLE %I LOGIN",
        "CREATE DATABASE %I OWNER %I",
        "REVOKE ALL ON DATABASE %I FROM PUBLIC",
        "GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I",
        "REVOKE CONNECT ON DATABASE postgres FROM PUBLIC",
    ):
        assert statement in script, statement
    env = services["postgres"]["environment"]
    for service in SERVICES:
        assert env[f"{service.upper()}_DB_PASSWORD"].startswith(f"${{{service.upper()}_DB_PASSWORD:?")


@pytest.mark.parametrize("config", ["deploy/gateway/nginx.conf", "deploy/k8s/base/gateway/nginx.conf"])
def test_gateway_routes_each_prefix_and_strips_it(config: str) -> None:
    text = (ROOT / config).read_text()
    assert "listen 8080;" in text
    for service in SERVICES:
        assert f"location /{service}/ {{" in text
        stripped = f"rewrite ^/{service}/(.*)$ /$1 break;" in text or (
            f"proxy_pass http://{service}:8000/;" in text
        )
        assert stripped, f"{config}: /{service} is not routed with its prefix stripped"
    services = compose()["services"]
    assert any(v.startswith("./deploy/gateway/nginx.conf:") for v in services["gateway"]["volumes"])
    assert any(p.endswith(":8080") for p in services["gateway"]["ports"])


def test_prometheus_scrapes_every_service() -> None:
    config = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text())
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    for service in SERVICES:
        job = jobs[service]
        assert job.get("metrics_path", "/metrics") == "/metrics"
        targets = [n for sd in job.get("dns_sd_configs", []) for n in sd["names"]]
        targets += [t for sc in job.get("static_configs", []) for t in sc["targets"]]
        assert any(t.split(":")[0] == service for t in targets), f"{service} is not scraped"
    mounts = compose()["services"]["prometheus"]["volumes"]
    assert "./deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro" in mounts


# --------------------------------------------------------------- Dockerfile ---


def dockerfile() -> str:
    return (ROOT / "deploy" / "docker" / "Dockerfile").read_text()


def instructions() -> list[tuple[str, str]]:
    text = re.sub(r"\\\n", " ", dockerfile())
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    return [(ln.split(None, 1)[0].upper(), ln.split(None, 1)[1] if " " in ln else "") for ln in lines]


def test_dockerfile_is_multi_stage_uv_based_and_non_root() -> None:
    steps = instructions()
    stages = [arg for op, arg in steps if op == "FROM"]
    assert len(stages) >= 2, "multi-stage"
    assert all("ghcr.io" not in arg for op, arg in steps if op in {"FROM", "COPY"})
    assert any(op == "RUN" and "pip install" in arg and "uv" in arg for op, arg in steps)
    assert any(op == "RUN" and "uv sync --frozen --no-dev" in arg for op, arg in steps)
    final = steps[max(i for i, (op, _) in enumerate(steps) if op == "FROM") :]
    users = [arg for op, arg in final if op == "USER"]
    assert users, "the final stage sets USER"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0"}, f"runs as {user}"
    assert user.isdigit(), "a numeric USER lets Kubernetes verify runAsNonRoot"
    assert any(op == "HEALTHCHECK" for op, _ in final)
    copies = [arg for op, arg in final if op == "COPY"]
    assert all("--from=builder" in c or "entrypoint" in c for c in copies), "final stage: venv + entrypoint"
    assert any(op == "ENTRYPOINT" for op, _ in final)


def test_dockerfile_and_context_carry_no_secrets() -> None:
    for op, arg in instructions():
        if op in {"ENV", "ARG"}:
            assert not re.search(r"(SECRET|PASSWORD|TOKEN|_KEY)\w*=", arg, re.IGNORECASE), arg
        assert not CREDENTIAL_IN_URL.search(arg), arg
        assert ".env" not in arg.replace(".env.example", ""), arg
    ignored = (ROOT / ".dockerignore").read_text().splitlines()
    for entry in (".env", ".git", ".venv", "data"):
        assert entry in ignored, f".dockerignore lacks {entry}"


def test_entrypoint_selects_the_service_and_offers_migrate() -> None:
    script_path = ROOT / "deploy" / "docker" / "entrypoint.sh"
    assert os.access(script_path, os.X_OK)
    script = script_path.read_text()
    assert "crm|contracts|projects|risk|kpi|webhooks)" in script
    assert 'uvicorn "ptp_${PTP_SERVICE}.main:app"' in script
    assert 'python -m ptp_common.db.migrate upgrade "$PTP_SERVICE"' in script
    for service in SERVICES:  # what the entrypoint starts exists
        assert (ROOT / "services" / service / "src" / f"ptp_{service}" / "main.py").exists()
