# The app image: Node 20 on Debian slim. In docker-compose it talks to the official Meilisearch
# image through MEILI_HOST, so the bundled engine binary is not needed (and is skipped off x64).
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# Dev dependencies stay: the app runs its TypeScript with tsx.
RUN npm ci --include=dev --omit=optional --no-audit --no-fund && npm cache clean --force
COPY . .
USER node
ENV HOST=0.0.0.0 PORT=3000 DATA_DIR=/tmp/timeline-data
EXPOSE 3000
CMD ["node", "--import", "tsx", "server/main.ts"]
