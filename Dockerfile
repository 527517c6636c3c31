# Tepi's reference server in a container: every model pack in /models on the Open Inference
# Protocol (KServe V2, /v2) and TensorFlow Serving REST (/v1), metrics at /metrics.
#
#   docker build -t tepi-server .
#   docker run --rm -p 8500:8500 tepi-server                       # the bundled demo packs
#   docker run --rm -p 8500:8500 -v "$PWD/packs:/models:ro" -e TEPI_SERVER_API_KEY=... tepi-server
#   gcloud run deploy tepi --source . --set-env-vars TEPI_SERVER_API_KEY=...   # Cloud Run sets $PORT
#
# Only what serving needs is installed: LiteRT runs .tflite packs. Build with
# --build-arg WITH_TENSORFLOW=1 to also serve packs that only hold .keras/.h5/SavedModel files.
FROM python:3.11-slim

ARG WITH_TENSORFLOW=0
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN pip install "numpy>=1.26" "Pillow>=10.3" "platformdirs>=4.0" "requests>=2.31" "ai-edge-litert>=1.2" \
        "fastapi>=0.110" "uvicorn>=0.29" "prometheus-client>=0.20" "orjson>=3.9" \
    && if [ "$WITH_TENSORFLOW" = "1" ]; then pip install "tensorflow>=2.16" "h5py>=3.10"; fi \
    && useradd --create-home --uid 10001 tepi

WORKDIR /app
COPY pyproject.toml ./
COPY inference ./inference
COPY resources/models /models

USER tepi
# TEPI_HOME: logs and caches in a writable place; PORT: Cloud Run and most platforms set it.
# Cloud Run allows 10 s after SIGTERM, so in-flight requests get 8 s to finish.
ENV TEPI_HOME=/tmp/tepi \
    TEPI_MODELS=/models \
    PORT=8500 \
    TEPI_GRACEFUL_TIMEOUT=8
EXPOSE 8500
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/v2/health/ready', timeout=4)"
# exec: the server is PID 1 and receives SIGTERM itself, so it drains before the container stops.
CMD ["sh", "-c", "exec python -m inference serve --models \"$TEPI_MODELS\" --host 0.0.0.0 --port \"$PORT\" --graceful-timeout \"$TEPI_GRACEFUL_TIMEOUT\""]
