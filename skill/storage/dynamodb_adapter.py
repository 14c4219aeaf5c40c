"""Per-user memory in a DynamoDB table: the storage for AWS Lambda, where many containers serve at once.

Amazon's `DynamoDbAdapter` (ask-sdk-dynamodb-persistence-adapter) with three things it lacks: floats (stored as
Decimal, since boto3 refuses floats, and read back as int or float), a top-level `expires_at` number for DynamoDB's
TTL, and the version check of `skill.storage.records` as a ConditionExpression. The item:

    {"id": <Alexa user id>, "attributes": {...}, "version": <token>, "expires_at": <epoch seconds>}

Importing this module needs an AWS region (Amazon's adapter builds a boto3 resource as it is imported); the region,
credentials and endpoint come from boto3's usual sources (AWS_DEFAULT_REGION, AWS_ENDPOINT_URL_DYNAMODB, the
Lambda role). Without a region the import fails with `MissingAwsRegion`, naming the variable.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import boto3
from ask_sdk_core.exceptions import PersistenceException
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoRegionError

from skill.storage.records import (
    VERSION_KEY,
    VersionConflict,
    as_json_text,
    expected_version,
    expiry_time,
    has_expired,
    new_version,
    stored_part,
    user_id_of,
    with_version,
)
from skill.storage.settings import StorageSettingsError


class MissingAwsRegion(StorageSettingsError):
    """boto3 found no AWS region; DynamoDB storage cannot start without one."""


_NO_REGION = "AWS_DEFAULT_REGION must be set (or a region in ~/.aws/config) to use MTH_STORAGE=dynamodb"

try:
    from ask_sdk_dynamodb.adapter import DynamoDbAdapter
    from ask_sdk_dynamodb.partition_keygen import user_id_partition_keygen
except NoRegionError:
    raise MissingAwsRegion(_NO_REGION) from None

PARTITION_KEY = "id"
ATTRIBUTES = "attributes"
VERSION = "version"
TTL_ATTRIBUTE = "expires_at"

# Alexa waits 8 seconds for the whole answer: fail fast and say so rather than hang on a slow connection.
CLIENT_CONFIG = Config(connect_timeout=1, read_timeout=2, retries={"mode": "standard", "total_max_attempts": 2})

# botocore logs whole request and response bodies at DEBUG, and those bodies are users' health facts.
_CHATTY_AWS_LOGGERS = ("boto3", "botocore", "urllib3")


def dynamodb_resource() -> Any:
    """A boto3 DynamoDB resource from boto3's own configuration, with short timeouts; MissingAwsRegion without one."""
    session = boto3.session.Session()
    if session.region_name is None:
        raise MissingAwsRegion(_NO_REGION)
    return session.resource("dynamodb", config=CLIENT_CONFIG)


def silence_aws_debug_logs() -> None:
    """Keep boto3, botocore and urllib3 at INFO or above, whatever the root logger's level."""
    for name in _CHATTY_AWS_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level < logging.INFO:  # NOTSET (0) included: it would inherit a DEBUG root
            logger.setLevel(logging.INFO)


class DynamoDbMemoryAdapter(DynamoDbAdapter):
    """Amazon's DynamoDB adapter with float support, a TTL attribute and the version check (see module docstring).

    `save_attributes` raises `VersionConflict` (a `PersistenceException`) when the record changed since
    `get_attributes`. A record past `expires_at` reads as {} even before DynamoDB's TTL sweep removes it (which can
    take days), and is deleted then. The table is never created here (`create_table=False`): see
    `create_memory_table`.
    """

    def __init__(self, table_name: str, dynamodb_resource: Any, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(
            table_name=table_name,
            partition_key_name=PARTITION_KEY,
            attribute_name=ATTRIBUTES,
            create_table=False,
            partition_keygen=user_id_partition_keygen,
            dynamodb_resource=dynamodb_resource,
        )
        self._clock = clock
        silence_aws_debug_logs()

    def get_attributes(self, request_envelope: Any) -> dict[str, Any]:
        """The user's stored attributes plus their `_version`, or {} when there are none (or they expired)."""
        user_id = user_id_of(request_envelope)
        if user_id is None:
            return {}
        table = self.dynamodb.Table(self.table_name)
        key = {PARTITION_KEY: user_id}
        with _errors_as_persistence_exceptions("get_item"):
            item = table.get_item(Key=key, ConsistentRead=True).get("Item")
        if item is None:
            return {}
        version = item[VERSION]
        if has_expired(item[TTL_ATTRIBUTE], self._clock()):
            with _errors_as_persistence_exceptions("delete_item"):
                try:
                    # Only that version: a save that refreshed the record meanwhile must survive.
                    table.delete_item(
                        Key=key,
                        ConditionExpression="#version = :version",
                        ExpressionAttributeNames={"#version": VERSION},
                        ExpressionAttributeValues={":version": version},
                    )
                except ClientError as problem:
                    if _error_code(problem) != "ConditionalCheckFailedException":
                        raise
            return {}
        return with_version(from_dynamodb(item[ATTRIBUTES]), version)

    def save_attributes(self, request_envelope: Any, attributes: dict[str, Any]) -> None:
        """Store the attributes if the stored version is still the one read; VersionConflict otherwise."""
        user_id = user_id_of(request_envelope)
        if user_id is None:
            return
        as_json_text(attributes)  # the same refusal of non-JSON values as SQLite, before anything is sent
        expected = expected_version(attributes)
        version = new_version()
        now = self._clock()
        item = {
            PARTITION_KEY: user_id,
            ATTRIBUTES: to_dynamodb(stored_part(attributes)),
            VERSION: version,
            TTL_ATTRIBUTE: expiry_time(now),
        }
        if expected is None:
            # No record was read: write only if there still is none, or only an expired one TTL has not removed yet.
            condition = "attribute_not_exists(#id) OR #expires_at <= :now"
            names = {"#id": PARTITION_KEY, "#expires_at": TTL_ATTRIBUTE}
            values: dict[str, Any] = {":now": int(now)}
        else:
            condition = "#version = :expected"
            names = {"#version": VERSION}
            values = {":expected": expected}
        with _errors_as_persistence_exceptions("put_item"):
            try:
                self.dynamodb.Table(self.table_name).put_item(
                    Item=item,
                    ConditionExpression=condition,
                    ExpressionAttributeNames=names,
                    ExpressionAttributeValues=values,
                )
            except ClientError as problem:
                if _error_code(problem) == "ConditionalCheckFailedException":
                    raise VersionConflict(
                        "the user's attributes were saved by another request since they were read"
                    ) from None
                raise
        attributes[VERSION_KEY] = version

    def delete_attributes(self, request_envelope: Any) -> None:
        """Forget the user: delete their item, whatever its version."""
        if user_id_of(request_envelope) is None:
            return
        super().delete_attributes(request_envelope)


def to_dynamodb(value: Any) -> Any:
    """A JSON-compatible value with every float as a Decimal, which is how boto3 sends numbers."""
    if isinstance(value, float):
        return Decimal(repr(value))  # repr: the shortest decimal that reads back as the same float
    if isinstance(value, dict):
        return {key: to_dynamodb(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_dynamodb(item) for item in value]
    return value


def from_dynamodb(value: Any) -> Any:
    """What boto3 read, back to JSON types: Decimal to int when whole, to float otherwise."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {key: from_dynamodb(item) for key, item in value.items()}
    if isinstance(value, list):
        return [from_dynamodb(item) for item in value]
    return value


def create_memory_table(
    dynamodb_resource: Any, table_name: str, *, poll_seconds: int = 1, max_polls: int = 120
) -> None:
    """Create the memory table (on-demand, TTL on `expires_at`) unless it exists, and WAIT until it is ACTIVE.

    For tests and development: in production the table is made once by the deployment (docs/deploying.md).
    `create_table` returns while the table is still CREATING, so writes right after it would fail.
    """
    client = dynamodb_resource.meta.client
    # Already there, or being created by someone else: wait for it all the same.
    with contextlib.suppress(client.exceptions.ResourceInUseException):
        client.create_table(
            TableName=table_name,
            KeySchema=[{"AttributeName": PARTITION_KEY, "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": PARTITION_KEY, "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
    client.get_waiter("table_exists").wait(
        TableName=table_name, WaiterConfig={"Delay": poll_seconds, "MaxAttempts": max_polls}
    )
    ttl = client.describe_time_to_live(TableName=table_name)["TimeToLiveDescription"]
    # Enabling TTL twice is an error on DynamoDB, so only when it is not on (or on for another attribute).
    if ttl.get("TimeToLiveStatus") not in ("ENABLED", "ENABLING") or ttl.get("AttributeName") != TTL_ATTRIBUTE:
        client.update_time_to_live(
            TableName=table_name, TimeToLiveSpecification={"Enabled": True, "AttributeName": TTL_ATTRIBUTE}
        )


def _error_code(problem: ClientError) -> str:
    return str(problem.response.get("Error", {}).get("Code", ""))


@contextlib.contextmanager
def _errors_as_persistence_exceptions(operation: str) -> Iterator[None]:
    """Turn boto errors into PersistenceException naming the operation and error, never the item's values."""
    try:
        yield
    except ClientError as problem:
        raise PersistenceException(f"DynamoDB {operation} failed: {_error_code(problem)}") from None
    except BotoCoreError as problem:
        # Only the class: a parameter validation message can quote the values it refused.
        raise PersistenceException(f"DynamoDB {operation} failed: {type(problem).__name__}") from None
