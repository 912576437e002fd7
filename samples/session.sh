#!/usr/bin/env bash
# Plays the session an IM client runs against a running server and prints each step's answer:
# list, create a group, add a contact by SIP address, add it to Favorites, list, rename, remove the contact from the
# group, remove the group, take the contact off the list, list again. Ids are read from the answers, so it runs on
# any store; the group name carries a random suffix so it can run again. Exits non-zero when any step fails.
#
#   samples/session.sh [base-url] [user]        defaults: http://localhost:8080 alice@contoso.com
set -euo pipefail

base_url="${1:-http://localhost:8080}"
user="${2:-alice@contoso.com}"
suffix="$RANDOM"

ews() { # $1: the operation's XML
  curl -sS -u "$user:any-password" -H 'Content-Type: text/xml; charset=utf-8' --data-binary @- "$base_url/EWS/Exchange.asmx" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
               xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
   <soap:Header><t:RequestServerVersion Version="Exchange2013" /></soap:Header>
   <soap:Body>$1</soap:Body>
</soap:Envelope>
XML
}

code() { grep -o 'ResponseCode[^>]*>[A-Za-z]*<' <<<"$1" | head -n 1 | sed 's/.*>\(.*\)</\1/'; }
first_id() { grep -o "<$2 Id=\"[^\"]*\"" <<<"$1" | head -n 1 | sed 's/.*Id="\([^"]*\)"/\1/'; }
group_id() { grep -o "<DisplayName>$2</DisplayName><GroupType>[^<]*</GroupType><ExchangeStoreId Id=\"[^\"]*\"" <<<"$1" | sed 's/.*Id="\([^"]*\)"/\1/'; }
groups() { grep -o '<ImGroup><DisplayName>[^<]*' <<<"$1" | sed 's/.*>//' | paste -sd ',' -; }
failures=0
step() {
  printf '%-28s %s\n' "$1" "$2"
  case "$2" in NoError*) ;; *) failures=$((failures + 1)) ;; esac
}

list="$(ews '<m:GetImItemList/>')"
step "GetImItemList" "$(code "$list"): groups $(groups "$list")"
favorites="$(group_id "$list" Favorites)"

added="$(ews "<m:AddImGroup><m:DisplayName>Demo $suffix</m:DisplayName></m:AddImGroup>")"
group="$(first_id "$added" ExchangeStoreId)"
step "AddImGroup" "$(code "$added"): Demo $suffix is $group"

persona="$(ews "<m:AddNewImContactToGroup><m:ImAddress>sip:demo.$suffix@contoso.com</m:ImAddress><m:DisplayName>Demo Contact</m:DisplayName><m:GroupId Id=\"$group\"/></m:AddNewImContactToGroup>")"
contact="$(first_id "$persona" SourceId)"
step "AddNewImContactToGroup" "$(code "$persona"): contact $contact"

step "AddImContactToGroup" "$(code "$(ews "<m:AddImContactToGroup><m:ContactId Id=\"$contact\"/><m:GroupId Id=\"$favorites\"/></m:AddImContactToGroup>")") (into Favorites)"

list="$(ews '<m:GetImItemList/>')"
step "GetImItemList" "$(code "$list"): groups $(groups "$list"); the contact is a member of $(grep -o "<ItemId Id=\"$contact\"" <<<"$list" | wc -l) groups"

step "SetImGroup" "$(code "$(ews "<m:SetImGroup><m:GroupId Id=\"$group\"/><m:NewDisplayName>Demo $suffix renamed</m:NewDisplayName></m:SetImGroup>")")"
step "RemoveImContactFromGroup" "$(code "$(ews "<m:RemoveImContactFromGroup><m:ContactId Id=\"$contact\"/><m:GroupId Id=\"$group\"/></m:RemoveImContactFromGroup>")")"
step "RemoveImGroup" "$(code "$(ews "<m:RemoveImGroup><m:GroupId Id=\"$group\"/></m:RemoveImGroup>")")"
step "RemoveContactFromImList" "$(code "$(ews "<m:RemoveContactFromImList><m:ContactId Id=\"$contact\"/></m:RemoveContactFromImList>")")"

list="$(ews '<m:GetImItemList/>')"
step "GetImItemList" "$(code "$list"): groups $(groups "$list")"

exit $((failures > 0))
