// PlanBot on Azure: the Azure Bot (single tenant or user-assigned managed identity) with its Teams channel, the host
// (App Service or Container Apps), the store (SQLite on a file share, or Azure Database for PostgreSQL), Key Vault for
// the secrets (read through Key Vault references: no secret in app settings), and Application Insights.
// Deploy: az deployment group create -g <group> -f deploy/azure/main.bicep -p deploy/azure/main.parameters.json
// See docs/deploy.md, "Azure with Bicep".

targetScope = 'resourceGroup'

@description('Short name used in every resource name (letters and digits).')
@minLength(3)
@maxLength(12)
param name string = 'planbot'

param location string = resourceGroup().location

@description('SingleTenant: an Entra app registration with a client secret. UserAssignedMSI: the managed identity this template creates is the bot.')
@allowed(['SingleTenant', 'UserAssignedMSI'])
param botIdentity string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s application (client) id.')
param appId string = ''

@description('SingleTenant only: the client secret, stored in Key Vault (never in app settings).')
@secure()
param appPassword string = ''

@description('SingleTenant only: the date the client secret expires (yyyy-MM-dd); PlanBot warns from 30 days before.')
param rotationDueDate string = ''

@allowed(['appService', 'containerApps'])
param hosting string = 'containerApps'

@description('containerApps: the image built with `dotnet publish src/PlanBot -c Release /t:PublishContainer` and pushed to a registry the app can pull from.')
param containerImage string = 'ghcr.io/example/planbot:latest'

@description('sqlite: one instance, the file on persistent storage. postgresql: Azure Database for PostgreSQL flexible server (several instances).')
@allowed(['sqlite', 'postgresql'])
param store string = 'sqlite'

@description('postgresql only: the administrator password, stored in Key Vault as part of the connection string.')
@secure()
param postgresPassword string = ''

@description('Who runs PlanBot, shown on its privacy and terms pages.')
param operatorName string = ''

@description('How users reach the operator, shown on its privacy and terms pages.')
param operatorContact string = ''

var suffix = uniqueString(resourceGroup().id, name)
var isMsi = botIdentity == 'UserAssignedMSI'
var isPostgres = store == 'postgresql'
var hostName = hosting == 'appService' ? '${name}-${suffix}.azurewebsites.net' : containerApp!.properties.configuration.ingress.fqdn
var botAppId = isMsi ? identity.properties.clientId : appId
// Built-in role: Key Vault Secrets User.
var keyVaultSecretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv${name}${take(suffix, 8)}'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
  }
}

resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource passwordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!isMsi) {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: appPassword
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2022-12-01' = if (isPostgres) {
  name: '${name}-pg-${suffix}'
  location: location
  sku: { name: 'Standard_B1ms', tier: 'Burstable' }
  properties: {
    version: '15'
    administratorLogin: 'planbotadmin'
    administratorLoginPassword: postgresPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2022-12-01' = if (isPostgres) {
  parent: postgres
  name: 'planbot'
}

resource postgresAzureAccess 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2022-12-01' = if (isPostgres) {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource storeSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (isPostgres) {
  parent: vault
  name: 'PlanStoreConnectionString'
  properties: {
    value: 'Host=${postgres!.properties.fullyQualifiedDomainName};Database=planbot;Username=planbotadmin;Password=${postgresPassword};SSL Mode=Require'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = if (!isPostgres && hosting == 'containerApps') {
  name: 'st${name}${take(suffix, 10)}'
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
  }
}

resource share 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-01-01' = if (!isPostgres && hosting == 'containerApps') {
  name: '${storage.name}/default/planbot-data'
  properties: {
    shareQuota: 5
  }
}

// Settings every host gets; secrets arrive as Key Vault references (App Service) or Key Vault secrets (Container Apps).
var commonSettings = concat(
  [
    { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
    { name: 'MicrosoftAppId', value: botAppId }
    { name: 'MicrosoftAppType', value: botIdentity }
    { name: 'MicrosoftAppTenantId', value: subscription().tenantId }
    { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
    { name: 'Pages__Operator', value: operatorName }
    { name: 'Pages__Contact', value: operatorContact }
  ],
  isMsi ? [] : [{ name: 'BotConnector__ClientSecretExpiresOn', value: rotationDueDate }],
  isPostgres ? [{ name: 'PlanStore__Provider', value: 'PostgreSql' }] : [])

resource plan 'Microsoft.Web/serverfarms@2023-01-01' = if (hosting == 'appService') {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: { name: 'B1' }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-01-01' = if (hosting == 'appService') {
  name: '${name}-${suffix}'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz/ready'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(
        commonSettings,
        [
          // App Service's /home is persistent storage shared by the app's instances: the SQLite file lives there.
          { name: 'ConnectionStrings__PlanStore', value: isPostgres ? '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/PlanStoreConnectionString)' : 'Data Source=/home/data/planbot.db' }
          { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        ],
        isMsi ? [] : [{ name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/MicrosoftAppPassword)' }])
    }
  }
  dependsOn: [vaultReader]
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = if (hosting == 'containerApps') {
  name: '${name}-env-${suffix}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource environmentStorage 'Microsoft.App/managedEnvironments/storages@2024-03-01' = if (!isPostgres && hosting == 'containerApps') {
  parent: environment
  name: 'planbot-data'
  properties: {
    azureFile: {
      accountName: storage.name
      accountKey: storage!.listKeys().keys[0].value
      shareName: 'planbot-data'
      accessMode: 'ReadWrite'
    }
  }
  dependsOn: [share]
}

resource containerApp 'Microsoft.App/containerApps@2024-03-01' = if (hosting == 'containerApps') {
  name: '${name}-app'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      ingress: {
        external: true
        targetPort: 8080
        transport: 'auto'
        allowInsecure: false
      }
      secrets: concat(
        isMsi ? [] : [{ name: 'microsoft-app-password', keyVaultUrl: '${vault.properties.vaultUri}secrets/MicrosoftAppPassword', identity: identity.id }],
        isPostgres ? [{ name: 'plan-store', keyVaultUrl: '${vault.properties.vaultUri}secrets/PlanStoreConnectionString', identity: identity.id }] : [])
    }
    template: {
      containers: [
        {
          name: 'planbot'
          image: containerImage
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: concat(
            commonSettings,
            [{ name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }],
            isMsi ? [] : [{ name: 'MicrosoftAppPassword', secretRef: 'microsoft-app-password' }],
            isPostgres ? [{ name: 'ConnectionStrings__PlanStore', secretRef: 'plan-store' }] : [])
          probes: [
            { type: 'Liveness', httpGet: { path: '/healthz/live', port: 8080 }, periodSeconds: 30 }
            { type: 'Readiness', httpGet: { path: '/healthz/ready', port: 8080 }, periodSeconds: 10 }
            { type: 'Startup', httpGet: { path: '/healthz/live', port: 8080 }, periodSeconds: 5, failureThreshold: 24 }
          ]
          volumeMounts: isPostgres ? [] : [{ volumeName: 'data', mountPath: '/app/data' }]
        }
      ]
      // SQLite is one file for one process: exactly one replica. PostgreSQL lets the app scale out.
      scale: { minReplicas: 1, maxReplicas: isPostgres ? 3 : 1 }
      volumes: isPostgres ? [] : [{ name: 'data', storageType: 'AzureFile', storageName: 'planbot-data', mountOptions: 'uid=1654,gid=1654,nobrl' }]
    }
  }
  dependsOn: [vaultReader, environmentStorage]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'S1' }
  properties: {
    displayName: 'PlanBot'
    endpoint: 'https://${hostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botIdentity
    msaAppTenantId: subscription().tenantId
    msaAppMSIResourceId: isMsi ? identity.id : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The messaging endpoint: give it to `package --endpoint`.')
output messagingEndpoint string = 'https://${hostName}/api/messages'

@description('The bot\'s app id: give it to `package --app-id`.')
output botAppId string = botAppId
