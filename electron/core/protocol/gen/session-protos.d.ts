import * as $protobuf from "protobufjs";

export namespace SessionProtos {

    interface IEnvelope extends SessionProtos.Envelope.$Properties {
    }

    class Envelope {
        constructor(p?: SessionProtos.Envelope.$Properties);
        $unknowns?: Uint8Array[];
        type: SessionProtos.Envelope.Type;
        source: string;
        timestamp: number;
        sourceDevice: number;
        content: Uint8Array;
        serverTimestamp: number;
        proSig: Uint8Array;
        static create(properties: SessionProtos.Envelope.$Shape): SessionProtos.Envelope & SessionProtos.Envelope.$Shape;
        static create(properties?: SessionProtos.Envelope.$Properties): SessionProtos.Envelope;
        static encode(m: SessionProtos.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.Envelope & SessionProtos.Envelope.$Shape;
    }

    namespace Envelope {
        interface $Properties {
            type: SessionProtos.Envelope.Type;
            source?: (string|null);
            timestamp: number;
            sourceDevice?: (number|null);
            content?: (Uint8Array|null);
            serverTimestamp?: (number|null);
            proSig?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.Envelope.$Properties;

        enum Type {
            SESSION_MESSAGE = 6,
            CLOSED_GROUP_MESSAGE = 7
        }
    }

    interface ITypingMessage extends SessionProtos.TypingMessage.$Properties {
    }

    class TypingMessage {
        constructor(p?: SessionProtos.TypingMessage.$Properties);
        $unknowns?: Uint8Array[];
        timestamp: number;
        action: SessionProtos.TypingMessage.Action;
        static create(properties: SessionProtos.TypingMessage.$Shape): SessionProtos.TypingMessage & SessionProtos.TypingMessage.$Shape;
        static create(properties?: SessionProtos.TypingMessage.$Properties): SessionProtos.TypingMessage;
        static encode(m: SessionProtos.TypingMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.TypingMessage & SessionProtos.TypingMessage.$Shape;
    }

    namespace TypingMessage {
        interface $Properties {
            timestamp: number;
            action: SessionProtos.TypingMessage.Action;
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.TypingMessage.$Properties;

        enum Action {
            STARTED = 0,
            STOPPED = 1
        }
    }

    interface IUnsendRequest extends SessionProtos.UnsendRequest.$Properties {
    }

    class UnsendRequest {
        constructor(p?: SessionProtos.UnsendRequest.$Properties);
        $unknowns?: Uint8Array[];
        timestamp: number;
        author: string;
        static create(properties: SessionProtos.UnsendRequest.$Shape): SessionProtos.UnsendRequest & SessionProtos.UnsendRequest.$Shape;
        static create(properties?: SessionProtos.UnsendRequest.$Properties): SessionProtos.UnsendRequest;
        static encode(m: SessionProtos.UnsendRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.UnsendRequest & SessionProtos.UnsendRequest.$Shape;
    }

    namespace UnsendRequest {
        interface $Properties {
            timestamp: number;
            author: string;
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.UnsendRequest.$Properties;
    }

    interface IMessageRequestResponse extends SessionProtos.MessageRequestResponse.$Properties {
    }

    class MessageRequestResponse {
        constructor(p?: SessionProtos.MessageRequestResponse.$Properties);
        $unknowns?: Uint8Array[];
        isApproved: boolean;
        profileKey: Uint8Array;
        profile?: (SessionProtos.LokiProfile.$Properties|null);
        static create(properties: SessionProtos.MessageRequestResponse.$Shape): SessionProtos.MessageRequestResponse & SessionProtos.MessageRequestResponse.$Shape;
        static create(properties?: SessionProtos.MessageRequestResponse.$Properties): SessionProtos.MessageRequestResponse;
        static encode(m: SessionProtos.MessageRequestResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.MessageRequestResponse & SessionProtos.MessageRequestResponse.$Shape;
    }

    namespace MessageRequestResponse {
        interface $Properties {
            isApproved: boolean;
            profileKey?: (Uint8Array|null);
            profile?: (SessionProtos.LokiProfile.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.MessageRequestResponse.$Properties;
    }

    interface IContent extends SessionProtos.Content.$Properties {
    }

    class Content {
        constructor(p?: SessionProtos.Content.$Properties);
        $unknowns?: Uint8Array[];
        dataMessage?: (SessionProtos.DataMessage.$Properties|null);
        callMessage?: (SessionProtos.CallMessage.$Properties|null);
        receiptMessage?: (SessionProtos.ReceiptMessage.$Properties|null);
        typingMessage?: (SessionProtos.TypingMessage.$Properties|null);
        dataExtractionNotification?: (SessionProtos.DataExtractionNotification.$Properties|null);
        unsendRequest?: (SessionProtos.UnsendRequest.$Properties|null);
        messageRequestResponse?: (SessionProtos.MessageRequestResponse.$Properties|null);
        sharedConfigMessage?: (SessionProtos.SharedConfigMessage.$Properties|null);
        expirationType: SessionProtos.Content.ExpirationType;
        expirationTimer: number;
        sigTimestamp: number;
        proMessage?: (SessionProtos.ProMessage.$Properties|null);
        proSigForCommunityMessageOnly: Uint8Array;
        static create(properties: SessionProtos.Content.$Shape): SessionProtos.Content & SessionProtos.Content.$Shape;
        static create(properties?: SessionProtos.Content.$Properties): SessionProtos.Content;
        static encode(m: SessionProtos.Content.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.Content & SessionProtos.Content.$Shape;
    }

    namespace Content {
        interface $Properties {
            dataMessage?: (SessionProtos.DataMessage.$Properties|null);
            callMessage?: (SessionProtos.CallMessage.$Properties|null);
            receiptMessage?: (SessionProtos.ReceiptMessage.$Properties|null);
            typingMessage?: (SessionProtos.TypingMessage.$Properties|null);
            dataExtractionNotification?: (SessionProtos.DataExtractionNotification.$Properties|null);
            unsendRequest?: (SessionProtos.UnsendRequest.$Properties|null);
            messageRequestResponse?: (SessionProtos.MessageRequestResponse.$Properties|null);
            sharedConfigMessage?: (SessionProtos.SharedConfigMessage.$Properties|null);
            expirationType?: (SessionProtos.Content.ExpirationType|null);
            expirationTimer?: (number|null);
            sigTimestamp?: (number|null);
            proMessage?: (SessionProtos.ProMessage.$Properties|null);
            proSigForCommunityMessageOnly?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.Content.$Properties;

        enum ExpirationType {
            UNKNOWN = 0,
            DELETE_AFTER_READ = 1,
            DELETE_AFTER_SEND = 2
        }
    }

    interface ICallMessage extends SessionProtos.CallMessage.$Properties {
    }

    class CallMessage {
        constructor(p?: SessionProtos.CallMessage.$Properties);
        $unknowns?: Uint8Array[];
        type: SessionProtos.CallMessage.Type;
        sdps: string[];
        sdpMLineIndexes: number[];
        sdpMids: string[];
        uuid: string;
        static create(properties: SessionProtos.CallMessage.$Shape): SessionProtos.CallMessage & SessionProtos.CallMessage.$Shape;
        static create(properties?: SessionProtos.CallMessage.$Properties): SessionProtos.CallMessage;
        static encode(m: SessionProtos.CallMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.CallMessage & SessionProtos.CallMessage.$Shape;
    }

    namespace CallMessage {
        interface $Properties {
            type: SessionProtos.CallMessage.Type;
            sdps?: (string[]|null);
            sdpMLineIndexes?: (number[]|null);
            sdpMids?: (string[]|null);
            uuid: string;
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.CallMessage.$Properties;

        enum Type {
            PRE_OFFER = 6,
            OFFER = 1,
            ANSWER = 2,
            PROVISIONAL_ANSWER = 3,
            ICE_CANDIDATES = 4,
            END_CALL = 5
        }
    }

    interface IDataExtractionNotification extends SessionProtos.DataExtractionNotification.$Properties {
    }

    class DataExtractionNotification {
        constructor(p?: SessionProtos.DataExtractionNotification.$Properties);
        $unknowns?: Uint8Array[];
        type: SessionProtos.DataExtractionNotification.Type;
        timestamp: number;
        static create(properties: SessionProtos.DataExtractionNotification.$Shape): SessionProtos.DataExtractionNotification & SessionProtos.DataExtractionNotification.$Shape;
        static create(properties?: SessionProtos.DataExtractionNotification.$Properties): SessionProtos.DataExtractionNotification;
        static encode(m: SessionProtos.DataExtractionNotification.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.DataExtractionNotification & SessionProtos.DataExtractionNotification.$Shape;
    }

    namespace DataExtractionNotification {
        interface $Properties {
            type: SessionProtos.DataExtractionNotification.Type;
            timestamp?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.DataExtractionNotification.$Properties;

        enum Type {
            SCREENSHOT = 1,
            MEDIA_SAVED = 2
        }
    }

    interface ILokiProfile extends SessionProtos.LokiProfile.$Properties {
    }

    class LokiProfile {
        constructor(p?: SessionProtos.LokiProfile.$Properties);
        $unknowns?: Uint8Array[];
        displayName: string;
        profilePicture: string;
        lastProfileUpdateSeconds: number;
        static create(properties: SessionProtos.LokiProfile.$Shape): SessionProtos.LokiProfile & SessionProtos.LokiProfile.$Shape;
        static create(properties?: SessionProtos.LokiProfile.$Properties): SessionProtos.LokiProfile;
        static encode(m: SessionProtos.LokiProfile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.LokiProfile & SessionProtos.LokiProfile.$Shape;
    }

    namespace LokiProfile {
        interface $Properties {
            displayName?: (string|null);
            profilePicture?: (string|null);
            lastProfileUpdateSeconds?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.LokiProfile.$Properties;
    }

    interface IDataMessage extends SessionProtos.DataMessage.$Properties {
    }

    class DataMessage {
        constructor(p?: SessionProtos.DataMessage.$Properties);
        $unknowns?: Uint8Array[];
        body: string;
        attachments: SessionProtos.AttachmentPointer.$Properties[];
        flags: number;
        profileKey: Uint8Array;
        timestamp: number;
        quote?: (SessionProtos.DataMessage.Quote.$Properties|null);
        preview: SessionProtos.DataMessage.Preview.$Properties[];
        reaction?: (SessionProtos.DataMessage.Reaction.$Properties|null);
        profile?: (SessionProtos.LokiProfile.$Properties|null);
        communityInvitation?: (SessionProtos.DataMessage.CommunityInvitation.$Properties|null);
        syncTarget: string;
        blocksCommunityMessageRequests: boolean;
        groupUpdateMessage?: (SessionProtos.GroupUpdateMessage.$Properties|null);
        static create(properties: SessionProtos.DataMessage.$Shape): SessionProtos.DataMessage & SessionProtos.DataMessage.$Shape;
        static create(properties?: SessionProtos.DataMessage.$Properties): SessionProtos.DataMessage;
        static encode(m: SessionProtos.DataMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.DataMessage & SessionProtos.DataMessage.$Shape;
    }

    namespace DataMessage {
        interface $Properties {
            body?: (string|null);
            attachments?: (SessionProtos.AttachmentPointer.$Properties[]|null);
            flags?: (number|null);
            profileKey?: (Uint8Array|null);
            timestamp?: (number|null);
            quote?: (SessionProtos.DataMessage.Quote.$Properties|null);
            preview?: (SessionProtos.DataMessage.Preview.$Properties[]|null);
            reaction?: (SessionProtos.DataMessage.Reaction.$Properties|null);
            profile?: (SessionProtos.LokiProfile.$Properties|null);
            communityInvitation?: (SessionProtos.DataMessage.CommunityInvitation.$Properties|null);
            syncTarget?: (string|null);
            blocksCommunityMessageRequests?: (boolean|null);
            groupUpdateMessage?: (SessionProtos.GroupUpdateMessage.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.DataMessage.$Properties;

        enum Flags {
            EXPIRATION_TIMER_UPDATE = 2
        }

        interface IQuote extends SessionProtos.DataMessage.Quote.$Properties {
        }

        class Quote {
            constructor(p?: SessionProtos.DataMessage.Quote.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            author: string;
            text: string;
            attachments: SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties[];
            static create(properties: SessionProtos.DataMessage.Quote.$Shape): SessionProtos.DataMessage.Quote & SessionProtos.DataMessage.Quote.$Shape;
            static create(properties?: SessionProtos.DataMessage.Quote.$Properties): SessionProtos.DataMessage.Quote;
            static encode(m: SessionProtos.DataMessage.Quote.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.DataMessage.Quote & SessionProtos.DataMessage.Quote.$Shape;
        }

        namespace Quote {
            interface $Properties {
                id: number;
                author: string;
                text?: (string|null);
                attachments?: (SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = SessionProtos.DataMessage.Quote.$Properties;

            interface IQuotedAttachment extends SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties {
            }

            class QuotedAttachment {
                constructor(p?: SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties);
                $unknowns?: Uint8Array[];
                contentType: string;
                fileName: string;
                thumbnail?: (SessionProtos.AttachmentPointer.$Properties|null);
                flags: number;
                static create(properties: SessionProtos.DataMessage.Quote.QuotedAttachment.$Shape): SessionProtos.DataMessage.Quote.QuotedAttachment & SessionProtos.DataMessage.Quote.QuotedAttachment.$Shape;
                static create(properties?: SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties): SessionProtos.DataMessage.Quote.QuotedAttachment;
                static encode(m: SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
                static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.DataMessage.Quote.QuotedAttachment & SessionProtos.DataMessage.Quote.QuotedAttachment.$Shape;
            }

            namespace QuotedAttachment {
                interface $Properties {
                    contentType?: (string|null);
                    fileName?: (string|null);
                    thumbnail?: (SessionProtos.AttachmentPointer.$Properties|null);
                    flags?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties;

                enum Flags {
                    VOICE_MESSAGE = 1
                }
            }
        }

        interface IPreview extends SessionProtos.DataMessage.Preview.$Properties {
        }

        class Preview {
            constructor(p?: SessionProtos.DataMessage.Preview.$Properties);
            $unknowns?: Uint8Array[];
            url: string;
            title: string;
            image?: (SessionProtos.AttachmentPointer.$Properties|null);
            static create(properties: SessionProtos.DataMessage.Preview.$Shape): SessionProtos.DataMessage.Preview & SessionProtos.DataMessage.Preview.$Shape;
            static create(properties?: SessionProtos.DataMessage.Preview.$Properties): SessionProtos.DataMessage.Preview;
            static encode(m: SessionProtos.DataMessage.Preview.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.DataMessage.Preview & SessionProtos.DataMessage.Preview.$Shape;
        }

        namespace Preview {
            interface $Properties {
                url: string;
                title?: (string|null);
                image?: (SessionProtos.AttachmentPointer.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = SessionProtos.DataMessage.Preview.$Properties;
        }

        interface IReaction extends SessionProtos.DataMessage.Reaction.$Properties {
        }

        class Reaction {
            constructor(p?: SessionProtos.DataMessage.Reaction.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            author: string;
            emoji: string;
            action: SessionProtos.DataMessage.Reaction.Action;
            static create(properties: SessionProtos.DataMessage.Reaction.$Shape): SessionProtos.DataMessage.Reaction & SessionProtos.DataMessage.Reaction.$Shape;
            static create(properties?: SessionProtos.DataMessage.Reaction.$Properties): SessionProtos.DataMessage.Reaction;
            static encode(m: SessionProtos.DataMessage.Reaction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.DataMessage.Reaction & SessionProtos.DataMessage.Reaction.$Shape;
        }

        namespace Reaction {
            interface $Properties {
                id: number;
                author: string;
                emoji?: (string|null);
                action: SessionProtos.DataMessage.Reaction.Action;
                $unknowns?: Uint8Array[];
            }
            type $Shape = SessionProtos.DataMessage.Reaction.$Properties;

            enum Action {
                REACT = 0,
                REMOVE = 1
            }
        }

        interface ICommunityInvitation extends SessionProtos.DataMessage.CommunityInvitation.$Properties {
        }

        class CommunityInvitation {
            constructor(p?: SessionProtos.DataMessage.CommunityInvitation.$Properties);
            $unknowns?: Uint8Array[];
            url: string;
            name: string;
            static create(properties: SessionProtos.DataMessage.CommunityInvitation.$Shape): SessionProtos.DataMessage.CommunityInvitation & SessionProtos.DataMessage.CommunityInvitation.$Shape;
            static create(properties?: SessionProtos.DataMessage.CommunityInvitation.$Properties): SessionProtos.DataMessage.CommunityInvitation;
            static encode(m: SessionProtos.DataMessage.CommunityInvitation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.DataMessage.CommunityInvitation & SessionProtos.DataMessage.CommunityInvitation.$Shape;
        }

        namespace CommunityInvitation {
            interface $Properties {
                url: string;
                name: string;
                $unknowns?: Uint8Array[];
            }
            type $Shape = SessionProtos.DataMessage.CommunityInvitation.$Properties;
        }
    }

    interface IReceiptMessage extends SessionProtos.ReceiptMessage.$Properties {
    }

    class ReceiptMessage {
        constructor(p?: SessionProtos.ReceiptMessage.$Properties);
        $unknowns?: Uint8Array[];
        type: SessionProtos.ReceiptMessage.Type;
        timestamp: number[];
        static create(properties: SessionProtos.ReceiptMessage.$Shape): SessionProtos.ReceiptMessage & SessionProtos.ReceiptMessage.$Shape;
        static create(properties?: SessionProtos.ReceiptMessage.$Properties): SessionProtos.ReceiptMessage;
        static encode(m: SessionProtos.ReceiptMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.ReceiptMessage & SessionProtos.ReceiptMessage.$Shape;
    }

    namespace ReceiptMessage {
        interface $Properties {
            type: SessionProtos.ReceiptMessage.Type;
            timestamp?: (number[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.ReceiptMessage.$Properties;

        enum Type {
            DELIVERY = 0,
            READ = 1
        }
    }

    interface IAttachmentPointer extends SessionProtos.AttachmentPointer.$Properties {
    }

    class AttachmentPointer {
        constructor(p?: SessionProtos.AttachmentPointer.$Properties);
        $unknowns?: Uint8Array[];
        deprecatedId: number;
        contentType: string;
        key: Uint8Array;
        size: number;
        thumbnail: Uint8Array;
        digest: Uint8Array;
        fileName: string;
        flags: number;
        width: number;
        height: number;
        caption: string;
        url: string;
        static create(properties: SessionProtos.AttachmentPointer.$Shape): SessionProtos.AttachmentPointer & SessionProtos.AttachmentPointer.$Shape;
        static create(properties?: SessionProtos.AttachmentPointer.$Properties): SessionProtos.AttachmentPointer;
        static encode(m: SessionProtos.AttachmentPointer.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.AttachmentPointer & SessionProtos.AttachmentPointer.$Shape;
    }

    namespace AttachmentPointer {
        interface $Properties {
            deprecatedId: number;
            contentType?: (string|null);
            key?: (Uint8Array|null);
            size?: (number|null);
            thumbnail?: (Uint8Array|null);
            digest?: (Uint8Array|null);
            fileName?: (string|null);
            flags?: (number|null);
            width?: (number|null);
            height?: (number|null);
            caption?: (string|null);
            url?: (string|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.AttachmentPointer.$Properties;

        enum Flags {
            VOICE_MESSAGE = 1
        }
    }

    interface ISharedConfigMessage extends SessionProtos.SharedConfigMessage.$Properties {
    }

    class SharedConfigMessage {
        constructor(p?: SessionProtos.SharedConfigMessage.$Properties);
        $unknowns?: Uint8Array[];
        kind: SessionProtos.SharedConfigMessage.Kind;
        seqno: number;
        data: Uint8Array;
        static create(properties: SessionProtos.SharedConfigMessage.$Shape): SessionProtos.SharedConfigMessage & SessionProtos.SharedConfigMessage.$Shape;
        static create(properties?: SessionProtos.SharedConfigMessage.$Properties): SessionProtos.SharedConfigMessage;
        static encode(m: SessionProtos.SharedConfigMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.SharedConfigMessage & SessionProtos.SharedConfigMessage.$Shape;
    }

    namespace SharedConfigMessage {
        interface $Properties {
            kind: SessionProtos.SharedConfigMessage.Kind;
            seqno: number;
            data: Uint8Array;
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.SharedConfigMessage.$Properties;

        enum Kind {
            USER_PROFILE = 1,
            CONTACTS = 2,
            CONVO_INFO_VOLATILE = 3,
            USER_GROUPS = 4
        }
    }

    interface IGroupUpdateMessage extends SessionProtos.GroupUpdateMessage.$Properties {
    }

    class GroupUpdateMessage {
        constructor(p?: SessionProtos.GroupUpdateMessage.$Properties);
        $unknowns?: Uint8Array[];
        inviteMessage?: (SessionProtos.GroupUpdateInviteMessage.$Properties|null);
        infoChangeMessage?: (SessionProtos.GroupUpdateInfoChangeMessage.$Properties|null);
        memberChangeMessage?: (SessionProtos.GroupUpdateMemberChangeMessage.$Properties|null);
        promoteMessage?: (SessionProtos.GroupUpdatePromoteMessage.$Properties|null);
        memberLeftMessage?: (SessionProtos.GroupUpdateMemberLeftMessage.$Properties|null);
        inviteResponse?: (SessionProtos.GroupUpdateInviteResponseMessage.$Properties|null);
        deleteMemberContent?: (SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties|null);
        memberLeftNotificationMessage?: (SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties|null);
        static create(properties: SessionProtos.GroupUpdateMessage.$Shape): SessionProtos.GroupUpdateMessage & SessionProtos.GroupUpdateMessage.$Shape;
        static create(properties?: SessionProtos.GroupUpdateMessage.$Properties): SessionProtos.GroupUpdateMessage;
        static encode(m: SessionProtos.GroupUpdateMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.GroupUpdateMessage & SessionProtos.GroupUpdateMessage.$Shape;
    }

    namespace GroupUpdateMessage {
        interface $Properties {
            inviteMessage?: (SessionProtos.GroupUpdateInviteMessage.$Properties|null);
            infoChangeMessage?: (SessionProtos.GroupUpdateInfoChangeMessage.$Properties|null);
            memberChangeMessage?: (SessionProtos.GroupUpdateMemberChangeMessage.$Properties|null);
            promoteMessage?: (SessionProtos.GroupUpdatePromoteMessage.$Properties|null);
            memberLeftMessage?: (SessionProtos.GroupUpdateMemberLeftMessage.$Properties|null);
            inviteResponse?: (SessionProtos.GroupUpdateInviteResponseMessage.$Properties|null);
            deleteMemberContent?: (SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties|null);
            memberLeftNotificationMessage?: (SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.GroupUpdateMessage.$Properties;
    }

    interface IGroupUpdateInviteMessage extends SessionProtos.GroupUpdateInviteMessage.$Properties {
    }

    class GroupUpdateInviteMessage {
        constructor(p?: SessionProtos.GroupUpdateInviteMessage.$Properties);
        $unknowns?: Uint8Array[];
        groupSessionId: string;
        name: string;
        memberAuthData: Uint8Array;
        adminSignature: Uint8Array;
        static create(properties: SessionProtos.GroupUpdateInviteMessage.$Shape): SessionProtos.GroupUpdateInviteMessage & SessionProtos.GroupUpdateInviteMessage.$Shape;
        static create(properties?: SessionProtos.GroupUpdateInviteMessage.$Properties): SessionProtos.GroupUpdateInviteMessage;
        static encode(m: SessionProtos.GroupUpdateInviteMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.GroupUpdateInviteMessage & SessionProtos.GroupUpdateInviteMessage.$Shape;
    }

    namespace GroupUpdateInviteMessage {
        interface $Properties {
            groupSessionId: string;
            name: string;
            memberAuthData: Uint8Array;
            adminSignature: Uint8Array;
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.GroupUpdateInviteMessage.$Properties;
    }

    interface IGroupUpdatePromoteMessage extends SessionProtos.GroupUpdatePromoteMessage.$Properties {
    }

    class GroupUpdatePromoteMessage {
        constructor(p?: SessionProtos.GroupUpdatePromoteMessage.$Properties);
        $unknowns?: Uint8Array[];
        groupIdentitySeed: Uint8Array;
        name: string;
        static create(properties: SessionProtos.GroupUpdatePromoteMessage.$Shape): SessionProtos.GroupUpdatePromoteMessage & SessionProtos.GroupUpdatePromoteMessage.$Shape;
        static create(properties?: SessionProtos.GroupUpdatePromoteMessage.$Properties): SessionProtos.GroupUpdatePromoteMessage;
        static encode(m: SessionProtos.GroupUpdatePromoteMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.GroupUpdatePromoteMessage & SessionProtos.GroupUpdatePromoteMessage.$Shape;
    }

    namespace GroupUpdatePromoteMessage {
        interface $Properties {
            groupIdentitySeed: Uint8Array;
            name: string;
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.GroupUpdatePromoteMessage.$Properties;
    }

    interface IGroupUpdateInfoChangeMessage extends SessionProtos.GroupUpdateInfoChangeMessage.$Properties {
    }

    class GroupUpdateInfoChangeMessage {
        constructor(p?: SessionProtos.GroupUpdateInfoChangeMessage.$Properties);
        $unknowns?: Uint8Array[];
        type: SessionProtos.GroupUpdateInfoChangeMessage.Type;
        updatedName: string;
        updatedExpiration: number;
        adminSignature: Uint8Array;
        static create(properties: SessionProtos.GroupUpdateInfoChangeMessage.$Shape): SessionProtos.GroupUpdateInfoChangeMessage & SessionProtos.GroupUpdateInfoChangeMessage.$Shape;
        static create(properties?: SessionProtos.GroupUpdateInfoChangeMessage.$Properties): SessionProtos.GroupUpdateInfoChangeMessage;
        static encode(m: SessionProtos.GroupUpdateInfoChangeMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.GroupUpdateInfoChangeMessage & SessionProtos.GroupUpdateInfoChangeMessage.$Shape;
    }

    namespace GroupUpdateInfoChangeMessage {
        interface $Properties {
            type: SessionProtos.GroupUpdateInfoChangeMessage.Type;
            updatedName?: (string|null);
            updatedExpiration?: (number|null);
            adminSignature: Uint8Array;
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.GroupUpdateInfoChangeMessage.$Properties;

        enum Type {
            NAME = 1,
            AVATAR = 2,
            DISAPPEARING_MESSAGES = 3
        }
    }

    interface IGroupUpdateMemberChangeMessage extends SessionProtos.GroupUpdateMemberChangeMessage.$Properties {
    }

    class GroupUpdateMemberChangeMessage {
        constructor(p?: SessionProtos.GroupUpdateMemberChangeMessage.$Properties);
        $unknowns?: Uint8Array[];
        type: SessionProtos.GroupUpdateMemberChangeMessage.Type;
        memberSessionIds: string[];
        historyShared: boolean;
        adminSignature: Uint8Array;
        static create(properties: SessionProtos.GroupUpdateMemberChangeMessage.$Shape): SessionProtos.GroupUpdateMemberChangeMessage & SessionProtos.GroupUpdateMemberChangeMessage.$Shape;
        static create(properties?: SessionProtos.GroupUpdateMemberChangeMessage.$Properties): SessionProtos.GroupUpdateMemberChangeMessage;
        static encode(m: SessionProtos.GroupUpdateMemberChangeMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.GroupUpdateMemberChangeMessage & SessionProtos.GroupUpdateMemberChangeMessage.$Shape;
    }

    namespace GroupUpdateMemberChangeMessage {
        interface $Properties {
            type: SessionProtos.GroupUpdateMemberChangeMessage.Type;
            memberSessionIds?: (string[]|null);
            historyShared?: (boolean|null);
            adminSignature: Uint8Array;
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.GroupUpdateMemberChangeMessage.$Properties;

        enum Type {
            ADDED = 1,
            REMOVED = 2,
            PROMOTED = 3
        }
    }

    interface IGroupUpdateMemberLeftMessage extends SessionProtos.GroupUpdateMemberLeftMessage.$Properties {
    }

    class GroupUpdateMemberLeftMessage {
        constructor(p?: SessionProtos.GroupUpdateMemberLeftMessage.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: SessionProtos.GroupUpdateMemberLeftMessage.$Shape): SessionProtos.GroupUpdateMemberLeftMessage & SessionProtos.GroupUpdateMemberLeftMessage.$Shape;
        static create(properties?: SessionProtos.GroupUpdateMemberLeftMessage.$Properties): SessionProtos.GroupUpdateMemberLeftMessage;
        static encode(m: SessionProtos.GroupUpdateMemberLeftMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.GroupUpdateMemberLeftMessage & SessionProtos.GroupUpdateMemberLeftMessage.$Shape;
    }

    namespace GroupUpdateMemberLeftMessage {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.GroupUpdateMemberLeftMessage.$Properties;
    }

    interface IGroupUpdateMemberLeftNotificationMessage extends SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties {
    }

    class GroupUpdateMemberLeftNotificationMessage {
        constructor(p?: SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties);
        $unknowns?: Uint8Array[];
        static create(properties: SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Shape): SessionProtos.GroupUpdateMemberLeftNotificationMessage & SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Shape;
        static create(properties?: SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties): SessionProtos.GroupUpdateMemberLeftNotificationMessage;
        static encode(m: SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.GroupUpdateMemberLeftNotificationMessage & SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Shape;
    }

    namespace GroupUpdateMemberLeftNotificationMessage {
        interface $Properties {
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties;
    }

    interface IGroupUpdateInviteResponseMessage extends SessionProtos.GroupUpdateInviteResponseMessage.$Properties {
    }

    class GroupUpdateInviteResponseMessage {
        constructor(p?: SessionProtos.GroupUpdateInviteResponseMessage.$Properties);
        $unknowns?: Uint8Array[];
        isApproved: boolean;
        static create(properties: SessionProtos.GroupUpdateInviteResponseMessage.$Shape): SessionProtos.GroupUpdateInviteResponseMessage & SessionProtos.GroupUpdateInviteResponseMessage.$Shape;
        static create(properties?: SessionProtos.GroupUpdateInviteResponseMessage.$Properties): SessionProtos.GroupUpdateInviteResponseMessage;
        static encode(m: SessionProtos.GroupUpdateInviteResponseMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.GroupUpdateInviteResponseMessage & SessionProtos.GroupUpdateInviteResponseMessage.$Shape;
    }

    namespace GroupUpdateInviteResponseMessage {
        interface $Properties {
            isApproved: boolean;
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.GroupUpdateInviteResponseMessage.$Properties;
    }

    interface IGroupUpdateDeleteMemberContentMessage extends SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties {
    }

    class GroupUpdateDeleteMemberContentMessage {
        constructor(p?: SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties);
        $unknowns?: Uint8Array[];
        memberSessionIds: string[];
        messageHashes: string[];
        adminSignature: Uint8Array;
        static create(properties: SessionProtos.GroupUpdateDeleteMemberContentMessage.$Shape): SessionProtos.GroupUpdateDeleteMemberContentMessage & SessionProtos.GroupUpdateDeleteMemberContentMessage.$Shape;
        static create(properties?: SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties): SessionProtos.GroupUpdateDeleteMemberContentMessage;
        static encode(m: SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.GroupUpdateDeleteMemberContentMessage & SessionProtos.GroupUpdateDeleteMemberContentMessage.$Shape;
    }

    namespace GroupUpdateDeleteMemberContentMessage {
        interface $Properties {
            memberSessionIds?: (string[]|null);
            messageHashes?: (string[]|null);
            adminSignature?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties;
    }

    interface IProProof extends SessionProtos.ProProof.$Properties {
    }

    class ProProof {
        constructor(p?: SessionProtos.ProProof.$Properties);
        $unknowns?: Uint8Array[];
        revocationTag: Uint8Array;
        rotatingPublicKey: Uint8Array;
        expiryUnixTs: number;
        sig: Uint8Array;
        static create(properties: SessionProtos.ProProof.$Shape): SessionProtos.ProProof & SessionProtos.ProProof.$Shape;
        static create(properties?: SessionProtos.ProProof.$Properties): SessionProtos.ProProof;
        static encode(m: SessionProtos.ProProof.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.ProProof & SessionProtos.ProProof.$Shape;
    }

    namespace ProProof {
        interface $Properties {
            revocationTag?: (Uint8Array|null);
            rotatingPublicKey?: (Uint8Array|null);
            expiryUnixTs?: (number|null);
            sig?: (Uint8Array|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.ProProof.$Properties;
    }

    interface IProMessage extends SessionProtos.ProMessage.$Properties {
    }

    class ProMessage {
        constructor(p?: SessionProtos.ProMessage.$Properties);
        $unknowns?: Uint8Array[];
        proof?: (SessionProtos.ProProof.$Properties|null);
        profileBitset: number;
        msgBitset: number;
        static create(properties: SessionProtos.ProMessage.$Shape): SessionProtos.ProMessage & SessionProtos.ProMessage.$Shape;
        static create(properties?: SessionProtos.ProMessage.$Properties): SessionProtos.ProMessage;
        static encode(m: SessionProtos.ProMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): SessionProtos.ProMessage & SessionProtos.ProMessage.$Shape;
    }

    namespace ProMessage {
        interface $Properties {
            proof?: (SessionProtos.ProProof.$Properties|null);
            profileBitset?: (number|null);
            msgBitset?: (number|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = SessionProtos.ProMessage.$Properties;
    }
}

export namespace WebSocketProtos {

    interface IWebSocketRequestMessage extends WebSocketProtos.WebSocketRequestMessage.$Properties {
    }

    class WebSocketRequestMessage {
        constructor(p?: WebSocketProtos.WebSocketRequestMessage.$Properties);
        $unknowns?: Uint8Array[];
        verb: string;
        path: string;
        body: Uint8Array;
        id: number;
        headers: string[];
        static create(properties: WebSocketProtos.WebSocketRequestMessage.$Shape): WebSocketProtos.WebSocketRequestMessage & WebSocketProtos.WebSocketRequestMessage.$Shape;
        static create(properties?: WebSocketProtos.WebSocketRequestMessage.$Properties): WebSocketProtos.WebSocketRequestMessage;
        static encode(m: WebSocketProtos.WebSocketRequestMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): WebSocketProtos.WebSocketRequestMessage & WebSocketProtos.WebSocketRequestMessage.$Shape;
    }

    namespace WebSocketRequestMessage {
        interface $Properties {
            verb?: (string|null);
            path?: (string|null);
            body?: (Uint8Array|null);
            id?: (number|null);
            headers?: (string[]|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = WebSocketProtos.WebSocketRequestMessage.$Properties;
    }

    interface IWebSocketMessage extends WebSocketProtos.WebSocketMessage.$Properties {
    }

    class WebSocketMessage {
        constructor(p?: WebSocketProtos.WebSocketMessage.$Properties);
        $unknowns?: Uint8Array[];
        type: WebSocketProtos.WebSocketMessage.Type;
        request?: (WebSocketProtos.WebSocketRequestMessage.$Properties|null);
        static create(properties: WebSocketProtos.WebSocketMessage.$Shape): WebSocketProtos.WebSocketMessage & WebSocketProtos.WebSocketMessage.$Shape;
        static create(properties?: WebSocketProtos.WebSocketMessage.$Properties): WebSocketProtos.WebSocketMessage;
        static encode(m: WebSocketProtos.WebSocketMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
        static decode(r: ($protobuf.Reader|Uint8Array), l?: number): WebSocketProtos.WebSocketMessage & WebSocketProtos.WebSocketMessage.$Shape;
    }

    namespace WebSocketMessage {
        interface $Properties {
            type?: (WebSocketProtos.WebSocketMessage.Type|null);
            request?: (WebSocketProtos.WebSocketRequestMessage.$Properties|null);
            $unknowns?: Uint8Array[];
        }
        type $Shape = WebSocketProtos.WebSocketMessage.$Properties;

        enum Type {
            UNKNOWN = 0,
            REQUEST = 1,
            RESPONSE = 2
        }
    }
}
