# syntax=docker/dockerfile:1

# Build: restore first, so the package layer is reused while only sources change, then publish the server.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Published for the image's architecture, so the server is compiled ahead of time (ReadyToRun) and starts sooner.
ARG TARGETARCH
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Ews.ImGroups.Domain/Ews.ImGroups.Domain.csproj src/Ews.ImGroups.Domain/
COPY src/Ews.ImGroups.Storage/Ews.ImGroups.Storage.csproj src/Ews.ImGroups.Storage/
COPY src/Ews.ImGroups.Storage.PostgreSql/Ews.ImGroups.Storage.PostgreSql.csproj src/Ews.ImGroups.Storage.PostgreSql/
COPY src/Ews.ImGroups.Host/Ews.ImGroups.Host.csproj src/Ews.ImGroups.Host/
RUN dotnet restore src/Ews.ImGroups.Host/Ews.ImGroups.Host.csproj --runtime linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64)
COPY schemas/ schemas/
COPY samples/seed.json samples/seed.json
COPY src/ src/
RUN dotnet publish src/Ews.ImGroups.Host/Ews.ImGroups.Host.csproj --configuration Release --no-restore --output /app \
      --runtime linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64) --self-contained false

# Run: the ASP.NET Core runtime image, as its unprivileged "app" user, with the store on the /data volume.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
ENV URLS=http://+:8080
ENV ConnectionStrings__ImGroups="Data Source=/data/imgroups.db"
ENV DOTNET_NOLOGO=1
RUN mkdir -p /data && chown app:app /data
VOLUME /data
# The "app" user by its number (APP_UID of the base image), so Kubernetes can see that the image does not run as root.
USER 1654
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=15s --retries=3 CMD ["dotnet", "Ews.ImGroups.Host.dll", "healthcheck", "http://localhost:8080/health"]
ENTRYPOINT ["dotnet", "Ews.ImGroups.Host.dll"]
