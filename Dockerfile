# syntax=docker/dockerfile:1
# One image for every process: the api by default; the worker and the
# one-shot migrate run the same image with another command (docker-compose.yml).

ARG NODE_IMAGE=node:20-bookworm-slim

# All dependencies, for the build, at the locked versions. No install scripts:
# the build needs none (SWC ships its binary as a platform package).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts

# Compile apps/ and libs/ into dist/ with SWC.
FROM deps AS build
COPY .swcrc tsconfig.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
RUN npm run build

# Production dependencies only. --omit=optional leaves out the embedded
# PostgreSQL binaries (only `npm start` on a developer machine uses them) and
# native accelerators that have pure JavaScript fallbacks.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --omit=dev --omit=optional --ignore-scripts \
 && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
# The only place the processes write to (MAIL_DROP_DIR when SMTP_URL is empty).
RUN mkdir -p /app/.data && chown node:node /app/.data
# The official image's unprivileged user.
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
