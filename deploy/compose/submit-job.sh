#!/bin/sh
# Submits one secweb job to the compose session cluster unless a job of that name is already running, so that
# `docker compose up` can be repeated. JOB_NAME, JOB_CLASS, JOB_JAR and SECWEB_CONFIG come from the service.
set -eu
until flink list -m jobmanager:8081 >/dev/null 2>&1; do sleep 2; done
if flink list -r -m jobmanager:8081 2>/dev/null | grep -q ": ${JOB_NAME} (RUNNING)"; then
  echo "${JOB_NAME} is already running"
  exit 0
fi
exec flink run -d -m jobmanager:8081 -c "${JOB_CLASS}" "${JOB_JAR}" --config "${SECWEB_CONFIG}"
