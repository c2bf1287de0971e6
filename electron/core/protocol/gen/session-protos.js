/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const SessionProtos = $root.SessionProtos = (() => {

    /**
     * Namespace SessionProtos.
     * @exports SessionProtos
     * @namespace
     */
    const SessionProtos = {};

    SessionProtos.Envelope = (function() {

        /**
         * Properties of an Envelope.
         * @typedef {Object} SessionProtos.Envelope.$Properties
         * @property {SessionProtos.Envelope.Type} type Envelope type
         * @property {string|null} [source] Envelope source
         * @property {number} timestamp Envelope timestamp
         * @property {number|null} [sourceDevice] Envelope sourceDevice
         * @property {Uint8Array|null} [content] Envelope content
         * @property {number|null} [serverTimestamp] Envelope serverTimestamp
         * @property {Uint8Array|null} [proSig] Envelope proSig
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Envelope.
         * @memberof SessionProtos
         * @interface IEnvelope
         * @augments SessionProtos.Envelope.$Properties
         * @deprecated Use SessionProtos.Envelope.$Properties instead.
         */

        /**
         * Shape of an Envelope.
         * @typedef {SessionProtos.Envelope.$Properties} SessionProtos.Envelope.$Shape
         */

        /**
         * Constructs a new Envelope.
         * @memberof SessionProtos
         * @classdesc Represents an Envelope.
         * @constructor
         * @param {SessionProtos.Envelope.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Envelope = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Envelope type.
         * @member {SessionProtos.Envelope.Type} type
         * @memberof SessionProtos.Envelope
         * @instance
         */
        Envelope.prototype.type = 6;

        /**
         * Envelope source.
         * @member {string} source
         * @memberof SessionProtos.Envelope
         * @instance
         */
        Envelope.prototype.source = "";

        /**
         * Envelope timestamp.
         * @member {number} timestamp
         * @memberof SessionProtos.Envelope
         * @instance
         */
        Envelope.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Envelope sourceDevice.
         * @member {number} sourceDevice
         * @memberof SessionProtos.Envelope
         * @instance
         */
        Envelope.prototype.sourceDevice = 0;

        /**
         * Envelope content.
         * @member {Uint8Array} content
         * @memberof SessionProtos.Envelope
         * @instance
         */
        Envelope.prototype.content = $util.newBuffer([]);

        /**
         * Envelope serverTimestamp.
         * @member {number} serverTimestamp
         * @memberof SessionProtos.Envelope
         * @instance
         */
        Envelope.prototype.serverTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Envelope proSig.
         * @member {Uint8Array} proSig
         * @memberof SessionProtos.Envelope
         * @instance
         */
        Envelope.prototype.proSig = $util.newBuffer([]);

        /**
         * Creates a new Envelope instance using the specified properties.
         * @function create
         * @memberof SessionProtos.Envelope
         * @static
         * @param {SessionProtos.Envelope.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.Envelope} Envelope instance
         * @type {{
         *   (properties: SessionProtos.Envelope.$Shape): SessionProtos.Envelope & SessionProtos.Envelope.$Shape;
         *   (properties?: SessionProtos.Envelope.$Properties): SessionProtos.Envelope;
         * }}
         */
        Envelope.create = function(properties) {
            return new Envelope(properties);
        };

        /**
         * Encodes the specified Envelope message. Does not implicitly {@link SessionProtos.Envelope.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.Envelope
         * @static
         * @param {SessionProtos.Envelope.$Properties} m Envelope message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Envelope.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
            if (m.source != null && $Object.hasOwnProperty.call(m, "source"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.source);
            w.uint32(/* id 5, wireType 0 =*/40).uint64(m.timestamp);
            if (m.sourceDevice != null && $Object.hasOwnProperty.call(m, "sourceDevice"))
                w.uint32(/* id 7, wireType 0 =*/56).uint32(m.sourceDevice);
            if (m.content != null && $Object.hasOwnProperty.call(m, "content"))
                w.uint32(/* id 8, wireType 2 =*/66).bytes(m.content);
            if (m.serverTimestamp != null && $Object.hasOwnProperty.call(m, "serverTimestamp"))
                w.uint32(/* id 10, wireType 0 =*/80).uint64(m.serverTimestamp);
            if (m.proSig != null && $Object.hasOwnProperty.call(m, "proSig"))
                w.uint32(/* id 11, wireType 2 =*/90).bytes(m.proSig);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an Envelope message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.Envelope
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.Envelope & SessionProtos.Envelope.$Shape} Envelope
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Envelope.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.Envelope();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.SessionProtos.Envelope.Type[v] !== $undefined) {
                            m.type = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.source = r.string();
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        m.timestamp = r.uint64();
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        m.sourceDevice = r.uint32();
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.content = r.bytes();
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        m.serverTimestamp = r.uint64();
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.proSig = r.bytes();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "type"))
                throw $util.ProtocolError("missing required 'type'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "timestamp"))
                throw $util.ProtocolError("missing required 'timestamp'", { instance: m });
            return m;
        };

        /**
         * Type enum.
         * @name SessionProtos.Envelope.Type
         * @enum {number}
         * @property {number} SESSION_MESSAGE=6 SESSION_MESSAGE value
         * @property {number} CLOSED_GROUP_MESSAGE=7 CLOSED_GROUP_MESSAGE value
         */
        Envelope.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[6] = "SESSION_MESSAGE"] = 6;
            values[valuesById[7] = "CLOSED_GROUP_MESSAGE"] = 7;
            return values;
        })();

        return Envelope;
    })();

    SessionProtos.TypingMessage = (function() {

        /**
         * Properties of a TypingMessage.
         * @typedef {Object} SessionProtos.TypingMessage.$Properties
         * @property {number} timestamp TypingMessage timestamp
         * @property {SessionProtos.TypingMessage.Action} action TypingMessage action
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TypingMessage.
         * @memberof SessionProtos
         * @interface ITypingMessage
         * @augments SessionProtos.TypingMessage.$Properties
         * @deprecated Use SessionProtos.TypingMessage.$Properties instead.
         */

        /**
         * Shape of a TypingMessage.
         * @typedef {SessionProtos.TypingMessage.$Properties} SessionProtos.TypingMessage.$Shape
         */

        /**
         * Constructs a new TypingMessage.
         * @memberof SessionProtos
         * @classdesc Represents a TypingMessage.
         * @constructor
         * @param {SessionProtos.TypingMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TypingMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * TypingMessage timestamp.
         * @member {number} timestamp
         * @memberof SessionProtos.TypingMessage
         * @instance
         */
        TypingMessage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * TypingMessage action.
         * @member {SessionProtos.TypingMessage.Action} action
         * @memberof SessionProtos.TypingMessage
         * @instance
         */
        TypingMessage.prototype.action = 0;

        /**
         * Creates a new TypingMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.TypingMessage
         * @static
         * @param {SessionProtos.TypingMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.TypingMessage} TypingMessage instance
         * @type {{
         *   (properties: SessionProtos.TypingMessage.$Shape): SessionProtos.TypingMessage & SessionProtos.TypingMessage.$Shape;
         *   (properties?: SessionProtos.TypingMessage.$Properties): SessionProtos.TypingMessage;
         * }}
         */
        TypingMessage.create = function(properties) {
            return new TypingMessage(properties);
        };

        /**
         * Encodes the specified TypingMessage message. Does not implicitly {@link SessionProtos.TypingMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.TypingMessage
         * @static
         * @param {SessionProtos.TypingMessage.$Properties} m TypingMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TypingMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).uint64(m.timestamp);
            w.uint32(/* id 2, wireType 0 =*/16).int32(m.action);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a TypingMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.TypingMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.TypingMessage & SessionProtos.TypingMessage.$Shape} TypingMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TypingMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.TypingMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        m.timestamp = r.uint64();
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.SessionProtos.TypingMessage.Action[v] !== $undefined) {
                            m.action = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "timestamp"))
                throw $util.ProtocolError("missing required 'timestamp'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "action"))
                throw $util.ProtocolError("missing required 'action'", { instance: m });
            return m;
        };

        /**
         * Action enum.
         * @name SessionProtos.TypingMessage.Action
         * @enum {number}
         * @property {number} STARTED=0 STARTED value
         * @property {number} STOPPED=1 STOPPED value
         */
        TypingMessage.Action = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STARTED"] = 0;
            values[valuesById[1] = "STOPPED"] = 1;
            return values;
        })();

        return TypingMessage;
    })();

    SessionProtos.UnsendRequest = (function() {

        /**
         * Properties of an UnsendRequest.
         * @typedef {Object} SessionProtos.UnsendRequest.$Properties
         * @property {number} timestamp UnsendRequest timestamp
         * @property {string} author UnsendRequest author
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an UnsendRequest.
         * @memberof SessionProtos
         * @interface IUnsendRequest
         * @augments SessionProtos.UnsendRequest.$Properties
         * @deprecated Use SessionProtos.UnsendRequest.$Properties instead.
         */

        /**
         * Shape of an UnsendRequest.
         * @typedef {SessionProtos.UnsendRequest.$Properties} SessionProtos.UnsendRequest.$Shape
         */

        /**
         * Constructs a new UnsendRequest.
         * @memberof SessionProtos
         * @classdesc Represents an UnsendRequest.
         * @constructor
         * @param {SessionProtos.UnsendRequest.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const UnsendRequest = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * UnsendRequest timestamp.
         * @member {number} timestamp
         * @memberof SessionProtos.UnsendRequest
         * @instance
         */
        UnsendRequest.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * UnsendRequest author.
         * @member {string} author
         * @memberof SessionProtos.UnsendRequest
         * @instance
         */
        UnsendRequest.prototype.author = "";

        /**
         * Creates a new UnsendRequest instance using the specified properties.
         * @function create
         * @memberof SessionProtos.UnsendRequest
         * @static
         * @param {SessionProtos.UnsendRequest.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.UnsendRequest} UnsendRequest instance
         * @type {{
         *   (properties: SessionProtos.UnsendRequest.$Shape): SessionProtos.UnsendRequest & SessionProtos.UnsendRequest.$Shape;
         *   (properties?: SessionProtos.UnsendRequest.$Properties): SessionProtos.UnsendRequest;
         * }}
         */
        UnsendRequest.create = function(properties) {
            return new UnsendRequest(properties);
        };

        /**
         * Encodes the specified UnsendRequest message. Does not implicitly {@link SessionProtos.UnsendRequest.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.UnsendRequest
         * @static
         * @param {SessionProtos.UnsendRequest.$Properties} m UnsendRequest message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        UnsendRequest.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).uint64(m.timestamp);
            w.uint32(/* id 2, wireType 2 =*/18).string(m.author);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an UnsendRequest message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.UnsendRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.UnsendRequest & SessionProtos.UnsendRequest.$Shape} UnsendRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        UnsendRequest.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.UnsendRequest();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        m.timestamp = r.uint64();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.author = r.string();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "timestamp"))
                throw $util.ProtocolError("missing required 'timestamp'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "author"))
                throw $util.ProtocolError("missing required 'author'", { instance: m });
            return m;
        };

        return UnsendRequest;
    })();

    SessionProtos.MessageRequestResponse = (function() {

        /**
         * Properties of a MessageRequestResponse.
         * @typedef {Object} SessionProtos.MessageRequestResponse.$Properties
         * @property {boolean} isApproved MessageRequestResponse isApproved
         * @property {Uint8Array|null} [profileKey] MessageRequestResponse profileKey
         * @property {SessionProtos.LokiProfile.$Properties|null} [profile] MessageRequestResponse profile
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MessageRequestResponse.
         * @memberof SessionProtos
         * @interface IMessageRequestResponse
         * @augments SessionProtos.MessageRequestResponse.$Properties
         * @deprecated Use SessionProtos.MessageRequestResponse.$Properties instead.
         */

        /**
         * Shape of a MessageRequestResponse.
         * @typedef {SessionProtos.MessageRequestResponse.$Properties} SessionProtos.MessageRequestResponse.$Shape
         */

        /**
         * Constructs a new MessageRequestResponse.
         * @memberof SessionProtos
         * @classdesc Represents a MessageRequestResponse.
         * @constructor
         * @param {SessionProtos.MessageRequestResponse.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MessageRequestResponse = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * MessageRequestResponse isApproved.
         * @member {boolean} isApproved
         * @memberof SessionProtos.MessageRequestResponse
         * @instance
         */
        MessageRequestResponse.prototype.isApproved = false;

        /**
         * MessageRequestResponse profileKey.
         * @member {Uint8Array} profileKey
         * @memberof SessionProtos.MessageRequestResponse
         * @instance
         */
        MessageRequestResponse.prototype.profileKey = $util.newBuffer([]);

        /**
         * MessageRequestResponse profile.
         * @member {SessionProtos.LokiProfile.$Properties|null|undefined} profile
         * @memberof SessionProtos.MessageRequestResponse
         * @instance
         */
        MessageRequestResponse.prototype.profile = null;

        /**
         * Creates a new MessageRequestResponse instance using the specified properties.
         * @function create
         * @memberof SessionProtos.MessageRequestResponse
         * @static
         * @param {SessionProtos.MessageRequestResponse.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.MessageRequestResponse} MessageRequestResponse instance
         * @type {{
         *   (properties: SessionProtos.MessageRequestResponse.$Shape): SessionProtos.MessageRequestResponse & SessionProtos.MessageRequestResponse.$Shape;
         *   (properties?: SessionProtos.MessageRequestResponse.$Properties): SessionProtos.MessageRequestResponse;
         * }}
         */
        MessageRequestResponse.create = function(properties) {
            return new MessageRequestResponse(properties);
        };

        /**
         * Encodes the specified MessageRequestResponse message. Does not implicitly {@link SessionProtos.MessageRequestResponse.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.MessageRequestResponse
         * @static
         * @param {SessionProtos.MessageRequestResponse.$Properties} m MessageRequestResponse message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MessageRequestResponse.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).bool(m.isApproved);
            if (m.profileKey != null && $Object.hasOwnProperty.call(m, "profileKey"))
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.profileKey);
            if (m.profile != null && $Object.hasOwnProperty.call(m, "profile"))
                $root.SessionProtos.LokiProfile.encode(m.profile, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a MessageRequestResponse message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.MessageRequestResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.MessageRequestResponse & SessionProtos.MessageRequestResponse.$Shape} MessageRequestResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MessageRequestResponse.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.MessageRequestResponse();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        m.isApproved = r.bool();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.profileKey = r.bytes();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.profile = $root.SessionProtos.LokiProfile.decode(r, r.size(), $undefined, q + 1, m.profile);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "isApproved"))
                throw $util.ProtocolError("missing required 'isApproved'", { instance: m });
            return m;
        };

        return MessageRequestResponse;
    })();

    SessionProtos.Content = (function() {

        /**
         * Properties of a Content.
         * @typedef {Object} SessionProtos.Content.$Properties
         * @property {SessionProtos.DataMessage.$Properties|null} [dataMessage] Content dataMessage
         * @property {SessionProtos.CallMessage.$Properties|null} [callMessage] Content callMessage
         * @property {SessionProtos.ReceiptMessage.$Properties|null} [receiptMessage] Content receiptMessage
         * @property {SessionProtos.TypingMessage.$Properties|null} [typingMessage] Content typingMessage
         * @property {SessionProtos.DataExtractionNotification.$Properties|null} [dataExtractionNotification] Content dataExtractionNotification
         * @property {SessionProtos.UnsendRequest.$Properties|null} [unsendRequest] Content unsendRequest
         * @property {SessionProtos.MessageRequestResponse.$Properties|null} [messageRequestResponse] Content messageRequestResponse
         * @property {SessionProtos.SharedConfigMessage.$Properties|null} [sharedConfigMessage] Content sharedConfigMessage
         * @property {SessionProtos.Content.ExpirationType|null} [expirationType] Content expirationType
         * @property {number|null} [expirationTimer] Content expirationTimer
         * @property {number|null} [sigTimestamp] Content sigTimestamp
         * @property {SessionProtos.ProMessage.$Properties|null} [proMessage] Content proMessage
         * @property {Uint8Array|null} [proSigForCommunityMessageOnly] Content proSigForCommunityMessageOnly
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Content.
         * @memberof SessionProtos
         * @interface IContent
         * @augments SessionProtos.Content.$Properties
         * @deprecated Use SessionProtos.Content.$Properties instead.
         */

        /**
         * Shape of a Content.
         * @typedef {SessionProtos.Content.$Properties} SessionProtos.Content.$Shape
         */

        /**
         * Constructs a new Content.
         * @memberof SessionProtos
         * @classdesc Represents a Content.
         * @constructor
         * @param {SessionProtos.Content.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Content = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Content dataMessage.
         * @member {SessionProtos.DataMessage.$Properties|null|undefined} dataMessage
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.dataMessage = null;

        /**
         * Content callMessage.
         * @member {SessionProtos.CallMessage.$Properties|null|undefined} callMessage
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.callMessage = null;

        /**
         * Content receiptMessage.
         * @member {SessionProtos.ReceiptMessage.$Properties|null|undefined} receiptMessage
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.receiptMessage = null;

        /**
         * Content typingMessage.
         * @member {SessionProtos.TypingMessage.$Properties|null|undefined} typingMessage
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.typingMessage = null;

        /**
         * Content dataExtractionNotification.
         * @member {SessionProtos.DataExtractionNotification.$Properties|null|undefined} dataExtractionNotification
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.dataExtractionNotification = null;

        /**
         * Content unsendRequest.
         * @member {SessionProtos.UnsendRequest.$Properties|null|undefined} unsendRequest
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.unsendRequest = null;

        /**
         * Content messageRequestResponse.
         * @member {SessionProtos.MessageRequestResponse.$Properties|null|undefined} messageRequestResponse
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.messageRequestResponse = null;

        /**
         * Content sharedConfigMessage.
         * @member {SessionProtos.SharedConfigMessage.$Properties|null|undefined} sharedConfigMessage
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.sharedConfigMessage = null;

        /**
         * Content expirationType.
         * @member {SessionProtos.Content.ExpirationType} expirationType
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.expirationType = 0;

        /**
         * Content expirationTimer.
         * @member {number} expirationTimer
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.expirationTimer = 0;

        /**
         * Content sigTimestamp.
         * @member {number} sigTimestamp
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.sigTimestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Content proMessage.
         * @member {SessionProtos.ProMessage.$Properties|null|undefined} proMessage
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.proMessage = null;

        /**
         * Content proSigForCommunityMessageOnly.
         * @member {Uint8Array} proSigForCommunityMessageOnly
         * @memberof SessionProtos.Content
         * @instance
         */
        Content.prototype.proSigForCommunityMessageOnly = $util.newBuffer([]);

        /**
         * Creates a new Content instance using the specified properties.
         * @function create
         * @memberof SessionProtos.Content
         * @static
         * @param {SessionProtos.Content.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.Content} Content instance
         * @type {{
         *   (properties: SessionProtos.Content.$Shape): SessionProtos.Content & SessionProtos.Content.$Shape;
         *   (properties?: SessionProtos.Content.$Properties): SessionProtos.Content;
         * }}
         */
        Content.create = function(properties) {
            return new Content(properties);
        };

        /**
         * Encodes the specified Content message. Does not implicitly {@link SessionProtos.Content.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.Content
         * @static
         * @param {SessionProtos.Content.$Properties} m Content message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Content.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dataMessage != null && $Object.hasOwnProperty.call(m, "dataMessage"))
                $root.SessionProtos.DataMessage.encode(m.dataMessage, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.callMessage != null && $Object.hasOwnProperty.call(m, "callMessage"))
                $root.SessionProtos.CallMessage.encode(m.callMessage, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.receiptMessage != null && $Object.hasOwnProperty.call(m, "receiptMessage"))
                $root.SessionProtos.ReceiptMessage.encode(m.receiptMessage, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.typingMessage != null && $Object.hasOwnProperty.call(m, "typingMessage"))
                $root.SessionProtos.TypingMessage.encode(m.typingMessage, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.dataExtractionNotification != null && $Object.hasOwnProperty.call(m, "dataExtractionNotification"))
                $root.SessionProtos.DataExtractionNotification.encode(m.dataExtractionNotification, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (m.unsendRequest != null && $Object.hasOwnProperty.call(m, "unsendRequest"))
                $root.SessionProtos.UnsendRequest.encode(m.unsendRequest, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
            if (m.messageRequestResponse != null && $Object.hasOwnProperty.call(m, "messageRequestResponse"))
                $root.SessionProtos.MessageRequestResponse.encode(m.messageRequestResponse, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            if (m.sharedConfigMessage != null && $Object.hasOwnProperty.call(m, "sharedConfigMessage"))
                $root.SessionProtos.SharedConfigMessage.encode(m.sharedConfigMessage, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            if (m.expirationType != null && $Object.hasOwnProperty.call(m, "expirationType"))
                w.uint32(/* id 12, wireType 0 =*/96).int32(m.expirationType);
            if (m.expirationTimer != null && $Object.hasOwnProperty.call(m, "expirationTimer"))
                w.uint32(/* id 13, wireType 0 =*/104).uint32(m.expirationTimer);
            if (m.sigTimestamp != null && $Object.hasOwnProperty.call(m, "sigTimestamp"))
                w.uint32(/* id 15, wireType 0 =*/120).uint64(m.sigTimestamp);
            if (m.proMessage != null && $Object.hasOwnProperty.call(m, "proMessage"))
                $root.SessionProtos.ProMessage.encode(m.proMessage, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
            if (m.proSigForCommunityMessageOnly != null && $Object.hasOwnProperty.call(m, "proSigForCommunityMessageOnly"))
                w.uint32(/* id 17, wireType 2 =*/138).bytes(m.proSigForCommunityMessageOnly);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Content message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.Content
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.Content & SessionProtos.Content.$Shape} Content
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Content.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.Content();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.dataMessage = $root.SessionProtos.DataMessage.decode(r, r.size(), $undefined, q + 1, m.dataMessage);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.callMessage = $root.SessionProtos.CallMessage.decode(r, r.size(), $undefined, q + 1, m.callMessage);
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.receiptMessage = $root.SessionProtos.ReceiptMessage.decode(r, r.size(), $undefined, q + 1, m.receiptMessage);
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.typingMessage = $root.SessionProtos.TypingMessage.decode(r, r.size(), $undefined, q + 1, m.typingMessage);
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.dataExtractionNotification = $root.SessionProtos.DataExtractionNotification.decode(r, r.size(), $undefined, q + 1, m.dataExtractionNotification);
                        continue;
                    }
                case 9: {
                        if (u !== 2)
                            break;
                        m.unsendRequest = $root.SessionProtos.UnsendRequest.decode(r, r.size(), $undefined, q + 1, m.unsendRequest);
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        m.messageRequestResponse = $root.SessionProtos.MessageRequestResponse.decode(r, r.size(), $undefined, q + 1, m.messageRequestResponse);
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.sharedConfigMessage = $root.SessionProtos.SharedConfigMessage.decode(r, r.size(), $undefined, q + 1, m.sharedConfigMessage);
                        continue;
                    }
                case 12: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.SessionProtos.Content.ExpirationType[v] !== $undefined) {
                            m.expirationType = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 13: {
                        if (u !== 0)
                            break;
                        m.expirationTimer = r.uint32();
                        continue;
                    }
                case 15: {
                        if (u !== 0)
                            break;
                        m.sigTimestamp = r.uint64();
                        continue;
                    }
                case 16: {
                        if (u !== 2)
                            break;
                        m.proMessage = $root.SessionProtos.ProMessage.decode(r, r.size(), $undefined, q + 1, m.proMessage);
                        continue;
                    }
                case 17: {
                        if (u !== 2)
                            break;
                        m.proSigForCommunityMessageOnly = r.bytes();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * ExpirationType enum.
         * @name SessionProtos.Content.ExpirationType
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} DELETE_AFTER_READ=1 DELETE_AFTER_READ value
         * @property {number} DELETE_AFTER_SEND=2 DELETE_AFTER_SEND value
         */
        Content.ExpirationType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "DELETE_AFTER_READ"] = 1;
            values[valuesById[2] = "DELETE_AFTER_SEND"] = 2;
            return values;
        })();

        return Content;
    })();

    SessionProtos.CallMessage = (function() {

        /**
         * Properties of a CallMessage.
         * @typedef {Object} SessionProtos.CallMessage.$Properties
         * @property {SessionProtos.CallMessage.Type} type CallMessage type
         * @property {Array.<string>|null} [sdps] CallMessage sdps
         * @property {Array.<number>|null} [sdpMLineIndexes] CallMessage sdpMLineIndexes
         * @property {Array.<string>|null} [sdpMids] CallMessage sdpMids
         * @property {string} uuid CallMessage uuid
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CallMessage.
         * @memberof SessionProtos
         * @interface ICallMessage
         * @augments SessionProtos.CallMessage.$Properties
         * @deprecated Use SessionProtos.CallMessage.$Properties instead.
         */

        /**
         * Shape of a CallMessage.
         * @typedef {SessionProtos.CallMessage.$Properties} SessionProtos.CallMessage.$Shape
         */

        /**
         * Constructs a new CallMessage.
         * @memberof SessionProtos
         * @classdesc Represents a CallMessage.
         * @constructor
         * @param {SessionProtos.CallMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CallMessage = function (p) {
            this.sdps = [];
            this.sdpMLineIndexes = [];
            this.sdpMids = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * CallMessage type.
         * @member {SessionProtos.CallMessage.Type} type
         * @memberof SessionProtos.CallMessage
         * @instance
         */
        CallMessage.prototype.type = 6;

        /**
         * CallMessage sdps.
         * @member {Array.<string>} sdps
         * @memberof SessionProtos.CallMessage
         * @instance
         */
        CallMessage.prototype.sdps = $util.emptyArray;

        /**
         * CallMessage sdpMLineIndexes.
         * @member {Array.<number>} sdpMLineIndexes
         * @memberof SessionProtos.CallMessage
         * @instance
         */
        CallMessage.prototype.sdpMLineIndexes = $util.emptyArray;

        /**
         * CallMessage sdpMids.
         * @member {Array.<string>} sdpMids
         * @memberof SessionProtos.CallMessage
         * @instance
         */
        CallMessage.prototype.sdpMids = $util.emptyArray;

        /**
         * CallMessage uuid.
         * @member {string} uuid
         * @memberof SessionProtos.CallMessage
         * @instance
         */
        CallMessage.prototype.uuid = "";

        /**
         * Creates a new CallMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.CallMessage
         * @static
         * @param {SessionProtos.CallMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.CallMessage} CallMessage instance
         * @type {{
         *   (properties: SessionProtos.CallMessage.$Shape): SessionProtos.CallMessage & SessionProtos.CallMessage.$Shape;
         *   (properties?: SessionProtos.CallMessage.$Properties): SessionProtos.CallMessage;
         * }}
         */
        CallMessage.create = function(properties) {
            return new CallMessage(properties);
        };

        /**
         * Encodes the specified CallMessage message. Does not implicitly {@link SessionProtos.CallMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.CallMessage
         * @static
         * @param {SessionProtos.CallMessage.$Properties} m CallMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CallMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
            if (m.sdps != null && m.sdps.length) {
                for (var i = 0; i < m.sdps.length; ++i)
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.sdps[i]);
            }
            if (m.sdpMLineIndexes != null && m.sdpMLineIndexes.length) {
                for (var i = 0; i < m.sdpMLineIndexes.length; ++i)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.sdpMLineIndexes[i]);
            }
            if (m.sdpMids != null && m.sdpMids.length) {
                for (var i = 0; i < m.sdpMids.length; ++i)
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.sdpMids[i]);
            }
            w.uint32(/* id 5, wireType 2 =*/42).string(m.uuid);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a CallMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.CallMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.CallMessage & SessionProtos.CallMessage.$Shape} CallMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CallMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.CallMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.SessionProtos.CallMessage.Type[v] !== $undefined) {
                            m.type = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.sdps && m.sdps.length))
                            m.sdps = [];
                        m.sdps.push(r.string());
                        continue;
                    }
                case 3: {
                        if (u === 2) {
                            if (!(m.sdpMLineIndexes && m.sdpMLineIndexes.length))
                                m.sdpMLineIndexes = [];
                            r.uint32s(m.sdpMLineIndexes);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.sdpMLineIndexes && m.sdpMLineIndexes.length))
                            m.sdpMLineIndexes = [];
                        m.sdpMLineIndexes.push(r.uint32());
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if (!(m.sdpMids && m.sdpMids.length))
                            m.sdpMids = [];
                        m.sdpMids.push(r.string());
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.uuid = r.string();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "type"))
                throw $util.ProtocolError("missing required 'type'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "uuid"))
                throw $util.ProtocolError("missing required 'uuid'", { instance: m });
            return m;
        };

        /**
         * Type enum.
         * @name SessionProtos.CallMessage.Type
         * @enum {number}
         * @property {number} PRE_OFFER=6 PRE_OFFER value
         * @property {number} OFFER=1 OFFER value
         * @property {number} ANSWER=2 ANSWER value
         * @property {number} PROVISIONAL_ANSWER=3 PROVISIONAL_ANSWER value
         * @property {number} ICE_CANDIDATES=4 ICE_CANDIDATES value
         * @property {number} END_CALL=5 END_CALL value
         */
        CallMessage.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[6] = "PRE_OFFER"] = 6;
            values[valuesById[1] = "OFFER"] = 1;
            values[valuesById[2] = "ANSWER"] = 2;
            values[valuesById[3] = "PROVISIONAL_ANSWER"] = 3;
            values[valuesById[4] = "ICE_CANDIDATES"] = 4;
            values[valuesById[5] = "END_CALL"] = 5;
            return values;
        })();

        return CallMessage;
    })();

    SessionProtos.DataExtractionNotification = (function() {

        /**
         * Properties of a DataExtractionNotification.
         * @typedef {Object} SessionProtos.DataExtractionNotification.$Properties
         * @property {SessionProtos.DataExtractionNotification.Type} type DataExtractionNotification type
         * @property {number|null} [timestamp] DataExtractionNotification timestamp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataExtractionNotification.
         * @memberof SessionProtos
         * @interface IDataExtractionNotification
         * @augments SessionProtos.DataExtractionNotification.$Properties
         * @deprecated Use SessionProtos.DataExtractionNotification.$Properties instead.
         */

        /**
         * Shape of a DataExtractionNotification.
         * @typedef {SessionProtos.DataExtractionNotification.$Properties} SessionProtos.DataExtractionNotification.$Shape
         */

        /**
         * Constructs a new DataExtractionNotification.
         * @memberof SessionProtos
         * @classdesc Represents a DataExtractionNotification.
         * @constructor
         * @param {SessionProtos.DataExtractionNotification.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataExtractionNotification = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DataExtractionNotification type.
         * @member {SessionProtos.DataExtractionNotification.Type} type
         * @memberof SessionProtos.DataExtractionNotification
         * @instance
         */
        DataExtractionNotification.prototype.type = 1;

        /**
         * DataExtractionNotification timestamp.
         * @member {number} timestamp
         * @memberof SessionProtos.DataExtractionNotification
         * @instance
         */
        DataExtractionNotification.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new DataExtractionNotification instance using the specified properties.
         * @function create
         * @memberof SessionProtos.DataExtractionNotification
         * @static
         * @param {SessionProtos.DataExtractionNotification.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.DataExtractionNotification} DataExtractionNotification instance
         * @type {{
         *   (properties: SessionProtos.DataExtractionNotification.$Shape): SessionProtos.DataExtractionNotification & SessionProtos.DataExtractionNotification.$Shape;
         *   (properties?: SessionProtos.DataExtractionNotification.$Properties): SessionProtos.DataExtractionNotification;
         * }}
         */
        DataExtractionNotification.create = function(properties) {
            return new DataExtractionNotification(properties);
        };

        /**
         * Encodes the specified DataExtractionNotification message. Does not implicitly {@link SessionProtos.DataExtractionNotification.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.DataExtractionNotification
         * @static
         * @param {SessionProtos.DataExtractionNotification.$Properties} m DataExtractionNotification message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataExtractionNotification.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp"))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.timestamp);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a DataExtractionNotification message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.DataExtractionNotification
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.DataExtractionNotification & SessionProtos.DataExtractionNotification.$Shape} DataExtractionNotification
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataExtractionNotification.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.DataExtractionNotification();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.SessionProtos.DataExtractionNotification.Type[v] !== $undefined) {
                            m.type = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.timestamp = r.uint64();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "type"))
                throw $util.ProtocolError("missing required 'type'", { instance: m });
            return m;
        };

        /**
         * Type enum.
         * @name SessionProtos.DataExtractionNotification.Type
         * @enum {number}
         * @property {number} SCREENSHOT=1 SCREENSHOT value
         * @property {number} MEDIA_SAVED=2 MEDIA_SAVED value
         */
        DataExtractionNotification.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[1] = "SCREENSHOT"] = 1;
            values[valuesById[2] = "MEDIA_SAVED"] = 2;
            return values;
        })();

        return DataExtractionNotification;
    })();

    SessionProtos.LokiProfile = (function() {

        /**
         * Properties of a LokiProfile.
         * @typedef {Object} SessionProtos.LokiProfile.$Properties
         * @property {string|null} [displayName] LokiProfile displayName
         * @property {string|null} [profilePicture] LokiProfile profilePicture
         * @property {number|null} [lastProfileUpdateSeconds] LokiProfile lastProfileUpdateSeconds
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a LokiProfile.
         * @memberof SessionProtos
         * @interface ILokiProfile
         * @augments SessionProtos.LokiProfile.$Properties
         * @deprecated Use SessionProtos.LokiProfile.$Properties instead.
         */

        /**
         * Shape of a LokiProfile.
         * @typedef {SessionProtos.LokiProfile.$Properties} SessionProtos.LokiProfile.$Shape
         */

        /**
         * Constructs a new LokiProfile.
         * @memberof SessionProtos
         * @classdesc Represents a LokiProfile.
         * @constructor
         * @param {SessionProtos.LokiProfile.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const LokiProfile = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * LokiProfile displayName.
         * @member {string} displayName
         * @memberof SessionProtos.LokiProfile
         * @instance
         */
        LokiProfile.prototype.displayName = "";

        /**
         * LokiProfile profilePicture.
         * @member {string} profilePicture
         * @memberof SessionProtos.LokiProfile
         * @instance
         */
        LokiProfile.prototype.profilePicture = "";

        /**
         * LokiProfile lastProfileUpdateSeconds.
         * @member {number} lastProfileUpdateSeconds
         * @memberof SessionProtos.LokiProfile
         * @instance
         */
        LokiProfile.prototype.lastProfileUpdateSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new LokiProfile instance using the specified properties.
         * @function create
         * @memberof SessionProtos.LokiProfile
         * @static
         * @param {SessionProtos.LokiProfile.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.LokiProfile} LokiProfile instance
         * @type {{
         *   (properties: SessionProtos.LokiProfile.$Shape): SessionProtos.LokiProfile & SessionProtos.LokiProfile.$Shape;
         *   (properties?: SessionProtos.LokiProfile.$Properties): SessionProtos.LokiProfile;
         * }}
         */
        LokiProfile.create = function(properties) {
            return new LokiProfile(properties);
        };

        /**
         * Encodes the specified LokiProfile message. Does not implicitly {@link SessionProtos.LokiProfile.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.LokiProfile
         * @static
         * @param {SessionProtos.LokiProfile.$Properties} m LokiProfile message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        LokiProfile.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.displayName);
            if (m.profilePicture != null && $Object.hasOwnProperty.call(m, "profilePicture"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.profilePicture);
            if (m.lastProfileUpdateSeconds != null && $Object.hasOwnProperty.call(m, "lastProfileUpdateSeconds"))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.lastProfileUpdateSeconds);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a LokiProfile message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.LokiProfile
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.LokiProfile & SessionProtos.LokiProfile.$Shape} LokiProfile
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        LokiProfile.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.LokiProfile();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.displayName = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.profilePicture = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.lastProfileUpdateSeconds = r.uint64();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return LokiProfile;
    })();

    SessionProtos.DataMessage = (function() {

        /**
         * Properties of a DataMessage.
         * @typedef {Object} SessionProtos.DataMessage.$Properties
         * @property {string|null} [body] DataMessage body
         * @property {Array.<SessionProtos.AttachmentPointer.$Properties>|null} [attachments] DataMessage attachments
         * @property {number|null} [flags] DataMessage flags
         * @property {Uint8Array|null} [profileKey] DataMessage profileKey
         * @property {number|null} [timestamp] DataMessage timestamp
         * @property {SessionProtos.DataMessage.Quote.$Properties|null} [quote] DataMessage quote
         * @property {Array.<SessionProtos.DataMessage.Preview.$Properties>|null} [preview] DataMessage preview
         * @property {SessionProtos.DataMessage.Reaction.$Properties|null} [reaction] DataMessage reaction
         * @property {SessionProtos.LokiProfile.$Properties|null} [profile] DataMessage profile
         * @property {SessionProtos.DataMessage.CommunityInvitation.$Properties|null} [communityInvitation] DataMessage communityInvitation
         * @property {string|null} [syncTarget] DataMessage syncTarget
         * @property {boolean|null} [blocksCommunityMessageRequests] DataMessage blocksCommunityMessageRequests
         * @property {SessionProtos.GroupUpdateMessage.$Properties|null} [groupUpdateMessage] DataMessage groupUpdateMessage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DataMessage.
         * @memberof SessionProtos
         * @interface IDataMessage
         * @augments SessionProtos.DataMessage.$Properties
         * @deprecated Use SessionProtos.DataMessage.$Properties instead.
         */

        /**
         * Shape of a DataMessage.
         * @typedef {SessionProtos.DataMessage.$Properties} SessionProtos.DataMessage.$Shape
         */

        /**
         * Constructs a new DataMessage.
         * @memberof SessionProtos
         * @classdesc Represents a DataMessage.
         * @constructor
         * @param {SessionProtos.DataMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DataMessage = function (p) {
            this.attachments = [];
            this.preview = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * DataMessage body.
         * @member {string} body
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.body = "";

        /**
         * DataMessage attachments.
         * @member {Array.<SessionProtos.AttachmentPointer.$Properties>} attachments
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.attachments = $util.emptyArray;

        /**
         * DataMessage flags.
         * @member {number} flags
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.flags = 0;

        /**
         * DataMessage profileKey.
         * @member {Uint8Array} profileKey
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.profileKey = $util.newBuffer([]);

        /**
         * DataMessage timestamp.
         * @member {number} timestamp
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * DataMessage quote.
         * @member {SessionProtos.DataMessage.Quote.$Properties|null|undefined} quote
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.quote = null;

        /**
         * DataMessage preview.
         * @member {Array.<SessionProtos.DataMessage.Preview.$Properties>} preview
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.preview = $util.emptyArray;

        /**
         * DataMessage reaction.
         * @member {SessionProtos.DataMessage.Reaction.$Properties|null|undefined} reaction
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.reaction = null;

        /**
         * DataMessage profile.
         * @member {SessionProtos.LokiProfile.$Properties|null|undefined} profile
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.profile = null;

        /**
         * DataMessage communityInvitation.
         * @member {SessionProtos.DataMessage.CommunityInvitation.$Properties|null|undefined} communityInvitation
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.communityInvitation = null;

        /**
         * DataMessage syncTarget.
         * @member {string} syncTarget
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.syncTarget = "";

        /**
         * DataMessage blocksCommunityMessageRequests.
         * @member {boolean} blocksCommunityMessageRequests
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.blocksCommunityMessageRequests = false;

        /**
         * DataMessage groupUpdateMessage.
         * @member {SessionProtos.GroupUpdateMessage.$Properties|null|undefined} groupUpdateMessage
         * @memberof SessionProtos.DataMessage
         * @instance
         */
        DataMessage.prototype.groupUpdateMessage = null;

        /**
         * Creates a new DataMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.DataMessage
         * @static
         * @param {SessionProtos.DataMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.DataMessage} DataMessage instance
         * @type {{
         *   (properties: SessionProtos.DataMessage.$Shape): SessionProtos.DataMessage & SessionProtos.DataMessage.$Shape;
         *   (properties?: SessionProtos.DataMessage.$Properties): SessionProtos.DataMessage;
         * }}
         */
        DataMessage.create = function(properties) {
            return new DataMessage(properties);
        };

        /**
         * Encodes the specified DataMessage message. Does not implicitly {@link SessionProtos.DataMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.DataMessage
         * @static
         * @param {SessionProtos.DataMessage.$Properties} m DataMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DataMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.body != null && $Object.hasOwnProperty.call(m, "body"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.body);
            if (m.attachments != null && m.attachments.length) {
                for (var i = 0; i < m.attachments.length; ++i)
                    $root.SessionProtos.AttachmentPointer.encode(m.attachments[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags"))
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.flags);
            if (m.profileKey != null && $Object.hasOwnProperty.call(m, "profileKey"))
                w.uint32(/* id 6, wireType 2 =*/50).bytes(m.profileKey);
            if (m.timestamp != null && $Object.hasOwnProperty.call(m, "timestamp"))
                w.uint32(/* id 7, wireType 0 =*/56).uint64(m.timestamp);
            if (m.quote != null && $Object.hasOwnProperty.call(m, "quote"))
                $root.SessionProtos.DataMessage.Quote.encode(m.quote, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (m.preview != null && m.preview.length) {
                for (var i = 0; i < m.preview.length; ++i)
                    $root.SessionProtos.DataMessage.Preview.encode(m.preview[i], w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
            }
            if (m.reaction != null && $Object.hasOwnProperty.call(m, "reaction"))
                $root.SessionProtos.DataMessage.Reaction.encode(m.reaction, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
            if (m.profile != null && $Object.hasOwnProperty.call(m, "profile"))
                $root.SessionProtos.LokiProfile.encode(m.profile, w.uint32(/* id 101, wireType 2 =*/810).fork(), q + 1).ldelim();
            if (m.communityInvitation != null && $Object.hasOwnProperty.call(m, "communityInvitation"))
                $root.SessionProtos.DataMessage.CommunityInvitation.encode(m.communityInvitation, w.uint32(/* id 102, wireType 2 =*/818).fork(), q + 1).ldelim();
            if (m.syncTarget != null && $Object.hasOwnProperty.call(m, "syncTarget"))
                w.uint32(/* id 105, wireType 2 =*/842).string(m.syncTarget);
            if (m.blocksCommunityMessageRequests != null && $Object.hasOwnProperty.call(m, "blocksCommunityMessageRequests"))
                w.uint32(/* id 106, wireType 0 =*/848).bool(m.blocksCommunityMessageRequests);
            if (m.groupUpdateMessage != null && $Object.hasOwnProperty.call(m, "groupUpdateMessage"))
                $root.SessionProtos.GroupUpdateMessage.encode(m.groupUpdateMessage, w.uint32(/* id 120, wireType 2 =*/962).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a DataMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.DataMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.DataMessage & SessionProtos.DataMessage.$Shape} DataMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DataMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.DataMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.body = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.attachments && m.attachments.length))
                            m.attachments = [];
                        m.attachments.push($root.SessionProtos.AttachmentPointer.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.flags = r.uint32();
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.profileKey = r.bytes();
                        continue;
                    }
                case 7: {
                        if (u !== 0)
                            break;
                        m.timestamp = r.uint64();
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.quote = $root.SessionProtos.DataMessage.Quote.decode(r, r.size(), $undefined, q + 1, m.quote);
                        continue;
                    }
                case 10: {
                        if (u !== 2)
                            break;
                        if (!(m.preview && m.preview.length))
                            m.preview = [];
                        m.preview.push($root.SessionProtos.DataMessage.Preview.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.reaction = $root.SessionProtos.DataMessage.Reaction.decode(r, r.size(), $undefined, q + 1, m.reaction);
                        continue;
                    }
                case 101: {
                        if (u !== 2)
                            break;
                        m.profile = $root.SessionProtos.LokiProfile.decode(r, r.size(), $undefined, q + 1, m.profile);
                        continue;
                    }
                case 102: {
                        if (u !== 2)
                            break;
                        m.communityInvitation = $root.SessionProtos.DataMessage.CommunityInvitation.decode(r, r.size(), $undefined, q + 1, m.communityInvitation);
                        continue;
                    }
                case 105: {
                        if (u !== 2)
                            break;
                        m.syncTarget = r.string();
                        continue;
                    }
                case 106: {
                        if (u !== 0)
                            break;
                        m.blocksCommunityMessageRequests = r.bool();
                        continue;
                    }
                case 120: {
                        if (u !== 2)
                            break;
                        m.groupUpdateMessage = $root.SessionProtos.GroupUpdateMessage.decode(r, r.size(), $undefined, q + 1, m.groupUpdateMessage);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Flags enum.
         * @name SessionProtos.DataMessage.Flags
         * @enum {number}
         * @property {number} EXPIRATION_TIMER_UPDATE=2 EXPIRATION_TIMER_UPDATE value
         */
        DataMessage.Flags = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[2] = "EXPIRATION_TIMER_UPDATE"] = 2;
            return values;
        })();

        DataMessage.Quote = (function() {

            /**
             * Properties of a Quote.
             * @typedef {Object} SessionProtos.DataMessage.Quote.$Properties
             * @property {number} id Quote id
             * @property {string} author Quote author
             * @property {string|null} [text] Quote text
             * @property {Array.<SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties>|null} [attachments] Quote attachments
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Quote.
             * @memberof SessionProtos.DataMessage
             * @interface IQuote
             * @augments SessionProtos.DataMessage.Quote.$Properties
             * @deprecated Use SessionProtos.DataMessage.Quote.$Properties instead.
             */

            /**
             * Shape of a Quote.
             * @typedef {SessionProtos.DataMessage.Quote.$Properties} SessionProtos.DataMessage.Quote.$Shape
             */

            /**
             * Constructs a new Quote.
             * @memberof SessionProtos.DataMessage
             * @classdesc Represents a Quote.
             * @constructor
             * @param {SessionProtos.DataMessage.Quote.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Quote = function (p) {
                this.attachments = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Quote id.
             * @member {number} id
             * @memberof SessionProtos.DataMessage.Quote
             * @instance
             */
            Quote.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Quote author.
             * @member {string} author
             * @memberof SessionProtos.DataMessage.Quote
             * @instance
             */
            Quote.prototype.author = "";

            /**
             * Quote text.
             * @member {string} text
             * @memberof SessionProtos.DataMessage.Quote
             * @instance
             */
            Quote.prototype.text = "";

            /**
             * Quote attachments.
             * @member {Array.<SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties>} attachments
             * @memberof SessionProtos.DataMessage.Quote
             * @instance
             */
            Quote.prototype.attachments = $util.emptyArray;

            /**
             * Creates a new Quote instance using the specified properties.
             * @function create
             * @memberof SessionProtos.DataMessage.Quote
             * @static
             * @param {SessionProtos.DataMessage.Quote.$Properties=} [properties] Properties to set
             * @returns {SessionProtos.DataMessage.Quote} Quote instance
             * @type {{
             *   (properties: SessionProtos.DataMessage.Quote.$Shape): SessionProtos.DataMessage.Quote & SessionProtos.DataMessage.Quote.$Shape;
             *   (properties?: SessionProtos.DataMessage.Quote.$Properties): SessionProtos.DataMessage.Quote;
             * }}
             */
            Quote.create = function(properties) {
                return new Quote(properties);
            };

            /**
             * Encodes the specified Quote message. Does not implicitly {@link SessionProtos.DataMessage.Quote.verify|verify} messages.
             * @function encode
             * @memberof SessionProtos.DataMessage.Quote
             * @static
             * @param {SessionProtos.DataMessage.Quote.$Properties} m Quote message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Quote.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
                w.uint32(/* id 2, wireType 2 =*/18).string(m.author);
                if (m.text != null && $Object.hasOwnProperty.call(m, "text"))
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.text);
                if (m.attachments != null && m.attachments.length) {
                    for (var i = 0; i < m.attachments.length; ++i)
                        $root.SessionProtos.DataMessage.Quote.QuotedAttachment.encode(m.attachments[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Quote message from the specified reader or buffer.
             * @function decode
             * @memberof SessionProtos.DataMessage.Quote
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {SessionProtos.DataMessage.Quote & SessionProtos.DataMessage.Quote.$Shape} Quote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Quote.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.SessionProtos.DataMessage.Quote();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.id = r.uint64();
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.author = r.string();
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.text = r.string();
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.attachments && m.attachments.length))
                                m.attachments = [];
                            m.attachments.push($root.SessionProtos.DataMessage.Quote.QuotedAttachment.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(m, "id"))
                    throw $util.ProtocolError("missing required 'id'", { instance: m });
                if (!$Object.hasOwnProperty.call(m, "author"))
                    throw $util.ProtocolError("missing required 'author'", { instance: m });
                return m;
            };

            Quote.QuotedAttachment = (function() {

                /**
                 * Properties of a QuotedAttachment.
                 * @typedef {Object} SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties
                 * @property {string|null} [contentType] QuotedAttachment contentType
                 * @property {string|null} [fileName] QuotedAttachment fileName
                 * @property {SessionProtos.AttachmentPointer.$Properties|null} [thumbnail] QuotedAttachment thumbnail
                 * @property {number|null} [flags] QuotedAttachment flags
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QuotedAttachment.
                 * @memberof SessionProtos.DataMessage.Quote
                 * @interface IQuotedAttachment
                 * @augments SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties
                 * @deprecated Use SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties instead.
                 */

                /**
                 * Shape of a QuotedAttachment.
                 * @typedef {SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties} SessionProtos.DataMessage.Quote.QuotedAttachment.$Shape
                 */

                /**
                 * Constructs a new QuotedAttachment.
                 * @memberof SessionProtos.DataMessage.Quote
                 * @classdesc Represents a QuotedAttachment.
                 * @constructor
                 * @param {SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties=} [p] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QuotedAttachment = function (p) {
                    if (p)
                        for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                            if (p[ks[i]] != null && ks[i] !== "__proto__")
                                this[ks[i]] = p[ks[i]];
                };

                /**
                 * QuotedAttachment contentType.
                 * @member {string} contentType
                 * @memberof SessionProtos.DataMessage.Quote.QuotedAttachment
                 * @instance
                 */
                QuotedAttachment.prototype.contentType = "";

                /**
                 * QuotedAttachment fileName.
                 * @member {string} fileName
                 * @memberof SessionProtos.DataMessage.Quote.QuotedAttachment
                 * @instance
                 */
                QuotedAttachment.prototype.fileName = "";

                /**
                 * QuotedAttachment thumbnail.
                 * @member {SessionProtos.AttachmentPointer.$Properties|null|undefined} thumbnail
                 * @memberof SessionProtos.DataMessage.Quote.QuotedAttachment
                 * @instance
                 */
                QuotedAttachment.prototype.thumbnail = null;

                /**
                 * QuotedAttachment flags.
                 * @member {number} flags
                 * @memberof SessionProtos.DataMessage.Quote.QuotedAttachment
                 * @instance
                 */
                QuotedAttachment.prototype.flags = 0;

                /**
                 * Creates a new QuotedAttachment instance using the specified properties.
                 * @function create
                 * @memberof SessionProtos.DataMessage.Quote.QuotedAttachment
                 * @static
                 * @param {SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties=} [properties] Properties to set
                 * @returns {SessionProtos.DataMessage.Quote.QuotedAttachment} QuotedAttachment instance
                 * @type {{
                 *   (properties: SessionProtos.DataMessage.Quote.QuotedAttachment.$Shape): SessionProtos.DataMessage.Quote.QuotedAttachment & SessionProtos.DataMessage.Quote.QuotedAttachment.$Shape;
                 *   (properties?: SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties): SessionProtos.DataMessage.Quote.QuotedAttachment;
                 * }}
                 */
                QuotedAttachment.create = function(properties) {
                    return new QuotedAttachment(properties);
                };

                /**
                 * Encodes the specified QuotedAttachment message. Does not implicitly {@link SessionProtos.DataMessage.Quote.QuotedAttachment.verify|verify} messages.
                 * @function encode
                 * @memberof SessionProtos.DataMessage.Quote.QuotedAttachment
                 * @static
                 * @param {SessionProtos.DataMessage.Quote.QuotedAttachment.$Properties} m QuotedAttachment message or plain object to encode
                 * @param {$protobuf.Writer} [w] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuotedAttachment.encode = function (m, w, q) {
                    if (!w)
                        w = $Writer.create();
                    if (q === $undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (m.contentType != null && $Object.hasOwnProperty.call(m, "contentType"))
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.contentType);
                    if (m.fileName != null && $Object.hasOwnProperty.call(m, "fileName"))
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.fileName);
                    if (m.thumbnail != null && $Object.hasOwnProperty.call(m, "thumbnail"))
                        $root.SessionProtos.AttachmentPointer.encode(m.thumbnail, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (m.flags != null && $Object.hasOwnProperty.call(m, "flags"))
                        w.uint32(/* id 4, wireType 0 =*/32).uint32(m.flags);
                    if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                        for (var i = 0; i < m.$unknowns.length; ++i)
                            w.raw(m.$unknowns[i]);
                    return w;
                };

                /**
                 * Decodes a QuotedAttachment message from the specified reader or buffer.
                 * @function decode
                 * @memberof SessionProtos.DataMessage.Quote.QuotedAttachment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
                 * @param {number} [l] Message length if known beforehand
                 * @returns {SessionProtos.DataMessage.Quote.QuotedAttachment & SessionProtos.DataMessage.Quote.QuotedAttachment.$Shape} QuotedAttachment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuotedAttachment.decode = function (r, l, z, q, g) {
                    if (!(r instanceof $Reader))
                        r = $Reader.create(r);
                    if (q === $undefined)
                        q = 0;
                    if (q > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    var c, m;
                    if (l === $undefined)
                        c = r.len;
                    else {
                        c = r.pos + l;
                        if (c > r.len)
                            throw $RangeError("index out of range");
                        l = r.len;
                        r.len = c;
                    }
                    m = g || new $root.SessionProtos.DataMessage.Quote.QuotedAttachment();
                    while (r.pos < c) {
                        var s = r.pos;
                        var t = r.tag();
                        if (t === z) {
                            z = $undefined;
                            break;
                        }
                        var u = t & 7;
                        switch (t >>>= 3) {
                        case 1: {
                                if (u !== 2)
                                    break;
                                m.contentType = r.string();
                                continue;
                            }
                        case 2: {
                                if (u !== 2)
                                    break;
                                m.fileName = r.string();
                                continue;
                            }
                        case 3: {
                                if (u !== 2)
                                    break;
                                m.thumbnail = $root.SessionProtos.AttachmentPointer.decode(r, r.size(), $undefined, q + 1, m.thumbnail);
                                continue;
                            }
                        case 4: {
                                if (u !== 0)
                                    break;
                                m.flags = r.uint32();
                                continue;
                            }
                        }
                        r.skipType(u, q, t);
                        if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                    }
                    if (l !== $undefined) {
                        if (r.pos !== c)
                            throw $RangeError("index out of range");
                        r.len = l;
                    }
                    if (z !== $undefined)
                        throw $Error("missing end group");
                    return m;
                };

                /**
                 * Flags enum.
                 * @name SessionProtos.DataMessage.Quote.QuotedAttachment.Flags
                 * @enum {number}
                 * @property {number} VOICE_MESSAGE=1 VOICE_MESSAGE value
                 */
                QuotedAttachment.Flags = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[1] = "VOICE_MESSAGE"] = 1;
                    return values;
                })();

                return QuotedAttachment;
            })();

            return Quote;
        })();

        DataMessage.Preview = (function() {

            /**
             * Properties of a Preview.
             * @typedef {Object} SessionProtos.DataMessage.Preview.$Properties
             * @property {string} url Preview url
             * @property {string|null} [title] Preview title
             * @property {SessionProtos.AttachmentPointer.$Properties|null} [image] Preview image
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Preview.
             * @memberof SessionProtos.DataMessage
             * @interface IPreview
             * @augments SessionProtos.DataMessage.Preview.$Properties
             * @deprecated Use SessionProtos.DataMessage.Preview.$Properties instead.
             */

            /**
             * Shape of a Preview.
             * @typedef {SessionProtos.DataMessage.Preview.$Properties} SessionProtos.DataMessage.Preview.$Shape
             */

            /**
             * Constructs a new Preview.
             * @memberof SessionProtos.DataMessage
             * @classdesc Represents a Preview.
             * @constructor
             * @param {SessionProtos.DataMessage.Preview.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Preview = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Preview url.
             * @member {string} url
             * @memberof SessionProtos.DataMessage.Preview
             * @instance
             */
            Preview.prototype.url = "";

            /**
             * Preview title.
             * @member {string} title
             * @memberof SessionProtos.DataMessage.Preview
             * @instance
             */
            Preview.prototype.title = "";

            /**
             * Preview image.
             * @member {SessionProtos.AttachmentPointer.$Properties|null|undefined} image
             * @memberof SessionProtos.DataMessage.Preview
             * @instance
             */
            Preview.prototype.image = null;

            /**
             * Creates a new Preview instance using the specified properties.
             * @function create
             * @memberof SessionProtos.DataMessage.Preview
             * @static
             * @param {SessionProtos.DataMessage.Preview.$Properties=} [properties] Properties to set
             * @returns {SessionProtos.DataMessage.Preview} Preview instance
             * @type {{
             *   (properties: SessionProtos.DataMessage.Preview.$Shape): SessionProtos.DataMessage.Preview & SessionProtos.DataMessage.Preview.$Shape;
             *   (properties?: SessionProtos.DataMessage.Preview.$Properties): SessionProtos.DataMessage.Preview;
             * }}
             */
            Preview.create = function(properties) {
                return new Preview(properties);
            };

            /**
             * Encodes the specified Preview message. Does not implicitly {@link SessionProtos.DataMessage.Preview.verify|verify} messages.
             * @function encode
             * @memberof SessionProtos.DataMessage.Preview
             * @static
             * @param {SessionProtos.DataMessage.Preview.$Properties} m Preview message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Preview.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                w.uint32(/* id 1, wireType 2 =*/10).string(m.url);
                if (m.title != null && $Object.hasOwnProperty.call(m, "title"))
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.title);
                if (m.image != null && $Object.hasOwnProperty.call(m, "image"))
                    $root.SessionProtos.AttachmentPointer.encode(m.image, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Preview message from the specified reader or buffer.
             * @function decode
             * @memberof SessionProtos.DataMessage.Preview
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {SessionProtos.DataMessage.Preview & SessionProtos.DataMessage.Preview.$Shape} Preview
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Preview.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.SessionProtos.DataMessage.Preview();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.url = r.string();
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.title = r.string();
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.image = $root.SessionProtos.AttachmentPointer.decode(r, r.size(), $undefined, q + 1, m.image);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(m, "url"))
                    throw $util.ProtocolError("missing required 'url'", { instance: m });
                return m;
            };

            return Preview;
        })();

        DataMessage.Reaction = (function() {

            /**
             * Properties of a Reaction.
             * @typedef {Object} SessionProtos.DataMessage.Reaction.$Properties
             * @property {number} id Reaction id
             * @property {string} author Reaction author
             * @property {string|null} [emoji] Reaction emoji
             * @property {SessionProtos.DataMessage.Reaction.Action} action Reaction action
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reaction.
             * @memberof SessionProtos.DataMessage
             * @interface IReaction
             * @augments SessionProtos.DataMessage.Reaction.$Properties
             * @deprecated Use SessionProtos.DataMessage.Reaction.$Properties instead.
             */

            /**
             * Shape of a Reaction.
             * @typedef {SessionProtos.DataMessage.Reaction.$Properties} SessionProtos.DataMessage.Reaction.$Shape
             */

            /**
             * Constructs a new Reaction.
             * @memberof SessionProtos.DataMessage
             * @classdesc Represents a Reaction.
             * @constructor
             * @param {SessionProtos.DataMessage.Reaction.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reaction = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Reaction id.
             * @member {number} id
             * @memberof SessionProtos.DataMessage.Reaction
             * @instance
             */
            Reaction.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Reaction author.
             * @member {string} author
             * @memberof SessionProtos.DataMessage.Reaction
             * @instance
             */
            Reaction.prototype.author = "";

            /**
             * Reaction emoji.
             * @member {string} emoji
             * @memberof SessionProtos.DataMessage.Reaction
             * @instance
             */
            Reaction.prototype.emoji = "";

            /**
             * Reaction action.
             * @member {SessionProtos.DataMessage.Reaction.Action} action
             * @memberof SessionProtos.DataMessage.Reaction
             * @instance
             */
            Reaction.prototype.action = 0;

            /**
             * Creates a new Reaction instance using the specified properties.
             * @function create
             * @memberof SessionProtos.DataMessage.Reaction
             * @static
             * @param {SessionProtos.DataMessage.Reaction.$Properties=} [properties] Properties to set
             * @returns {SessionProtos.DataMessage.Reaction} Reaction instance
             * @type {{
             *   (properties: SessionProtos.DataMessage.Reaction.$Shape): SessionProtos.DataMessage.Reaction & SessionProtos.DataMessage.Reaction.$Shape;
             *   (properties?: SessionProtos.DataMessage.Reaction.$Properties): SessionProtos.DataMessage.Reaction;
             * }}
             */
            Reaction.create = function(properties) {
                return new Reaction(properties);
            };

            /**
             * Encodes the specified Reaction message. Does not implicitly {@link SessionProtos.DataMessage.Reaction.verify|verify} messages.
             * @function encode
             * @memberof SessionProtos.DataMessage.Reaction
             * @static
             * @param {SessionProtos.DataMessage.Reaction.$Properties} m Reaction message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reaction.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
                w.uint32(/* id 2, wireType 2 =*/18).string(m.author);
                if (m.emoji != null && $Object.hasOwnProperty.call(m, "emoji"))
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.emoji);
                w.uint32(/* id 4, wireType 0 =*/32).int32(m.action);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Reaction message from the specified reader or buffer.
             * @function decode
             * @memberof SessionProtos.DataMessage.Reaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {SessionProtos.DataMessage.Reaction & SessionProtos.DataMessage.Reaction.$Shape} Reaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reaction.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.SessionProtos.DataMessage.Reaction();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.id = r.uint64();
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.author = r.string();
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.emoji = r.string();
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            v = r.int32();
                            if ($root.SessionProtos.DataMessage.Reaction.Action[v] !== $undefined) {
                                m.action = v;
                            } else if (!r.discardUnknown) {
                                $util.makeProp(m, "$unknowns", false);
                                (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                            }
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(m, "id"))
                    throw $util.ProtocolError("missing required 'id'", { instance: m });
                if (!$Object.hasOwnProperty.call(m, "author"))
                    throw $util.ProtocolError("missing required 'author'", { instance: m });
                if (!$Object.hasOwnProperty.call(m, "action"))
                    throw $util.ProtocolError("missing required 'action'", { instance: m });
                return m;
            };

            /**
             * Action enum.
             * @name SessionProtos.DataMessage.Reaction.Action
             * @enum {number}
             * @property {number} REACT=0 REACT value
             * @property {number} REMOVE=1 REMOVE value
             */
            Reaction.Action = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REACT"] = 0;
                values[valuesById[1] = "REMOVE"] = 1;
                return values;
            })();

            return Reaction;
        })();

        DataMessage.CommunityInvitation = (function() {

            /**
             * Properties of a CommunityInvitation.
             * @typedef {Object} SessionProtos.DataMessage.CommunityInvitation.$Properties
             * @property {string} url CommunityInvitation url
             * @property {string} name CommunityInvitation name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommunityInvitation.
             * @memberof SessionProtos.DataMessage
             * @interface ICommunityInvitation
             * @augments SessionProtos.DataMessage.CommunityInvitation.$Properties
             * @deprecated Use SessionProtos.DataMessage.CommunityInvitation.$Properties instead.
             */

            /**
             * Shape of a CommunityInvitation.
             * @typedef {SessionProtos.DataMessage.CommunityInvitation.$Properties} SessionProtos.DataMessage.CommunityInvitation.$Shape
             */

            /**
             * Constructs a new CommunityInvitation.
             * @memberof SessionProtos.DataMessage
             * @classdesc Represents a CommunityInvitation.
             * @constructor
             * @param {SessionProtos.DataMessage.CommunityInvitation.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommunityInvitation = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommunityInvitation url.
             * @member {string} url
             * @memberof SessionProtos.DataMessage.CommunityInvitation
             * @instance
             */
            CommunityInvitation.prototype.url = "";

            /**
             * CommunityInvitation name.
             * @member {string} name
             * @memberof SessionProtos.DataMessage.CommunityInvitation
             * @instance
             */
            CommunityInvitation.prototype.name = "";

            /**
             * Creates a new CommunityInvitation instance using the specified properties.
             * @function create
             * @memberof SessionProtos.DataMessage.CommunityInvitation
             * @static
             * @param {SessionProtos.DataMessage.CommunityInvitation.$Properties=} [properties] Properties to set
             * @returns {SessionProtos.DataMessage.CommunityInvitation} CommunityInvitation instance
             * @type {{
             *   (properties: SessionProtos.DataMessage.CommunityInvitation.$Shape): SessionProtos.DataMessage.CommunityInvitation & SessionProtos.DataMessage.CommunityInvitation.$Shape;
             *   (properties?: SessionProtos.DataMessage.CommunityInvitation.$Properties): SessionProtos.DataMessage.CommunityInvitation;
             * }}
             */
            CommunityInvitation.create = function(properties) {
                return new CommunityInvitation(properties);
            };

            /**
             * Encodes the specified CommunityInvitation message. Does not implicitly {@link SessionProtos.DataMessage.CommunityInvitation.verify|verify} messages.
             * @function encode
             * @memberof SessionProtos.DataMessage.CommunityInvitation
             * @static
             * @param {SessionProtos.DataMessage.CommunityInvitation.$Properties} m CommunityInvitation message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommunityInvitation.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                w.uint32(/* id 1, wireType 2 =*/10).string(m.url);
                w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CommunityInvitation message from the specified reader or buffer.
             * @function decode
             * @memberof SessionProtos.DataMessage.CommunityInvitation
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {SessionProtos.DataMessage.CommunityInvitation & SessionProtos.DataMessage.CommunityInvitation.$Shape} CommunityInvitation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommunityInvitation.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.SessionProtos.DataMessage.CommunityInvitation();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.url = r.string();
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.name = r.string();
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                if (!$Object.hasOwnProperty.call(m, "url"))
                    throw $util.ProtocolError("missing required 'url'", { instance: m });
                if (!$Object.hasOwnProperty.call(m, "name"))
                    throw $util.ProtocolError("missing required 'name'", { instance: m });
                return m;
            };

            return CommunityInvitation;
        })();

        return DataMessage;
    })();

    SessionProtos.ReceiptMessage = (function() {

        /**
         * Properties of a ReceiptMessage.
         * @typedef {Object} SessionProtos.ReceiptMessage.$Properties
         * @property {SessionProtos.ReceiptMessage.Type} type ReceiptMessage type
         * @property {Array.<number>|null} [timestamp] ReceiptMessage timestamp
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ReceiptMessage.
         * @memberof SessionProtos
         * @interface IReceiptMessage
         * @augments SessionProtos.ReceiptMessage.$Properties
         * @deprecated Use SessionProtos.ReceiptMessage.$Properties instead.
         */

        /**
         * Shape of a ReceiptMessage.
         * @typedef {SessionProtos.ReceiptMessage.$Properties} SessionProtos.ReceiptMessage.$Shape
         */

        /**
         * Constructs a new ReceiptMessage.
         * @memberof SessionProtos
         * @classdesc Represents a ReceiptMessage.
         * @constructor
         * @param {SessionProtos.ReceiptMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ReceiptMessage = function (p) {
            this.timestamp = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ReceiptMessage type.
         * @member {SessionProtos.ReceiptMessage.Type} type
         * @memberof SessionProtos.ReceiptMessage
         * @instance
         */
        ReceiptMessage.prototype.type = 0;

        /**
         * ReceiptMessage timestamp.
         * @member {Array.<number>} timestamp
         * @memberof SessionProtos.ReceiptMessage
         * @instance
         */
        ReceiptMessage.prototype.timestamp = $util.emptyArray;

        /**
         * Creates a new ReceiptMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.ReceiptMessage
         * @static
         * @param {SessionProtos.ReceiptMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.ReceiptMessage} ReceiptMessage instance
         * @type {{
         *   (properties: SessionProtos.ReceiptMessage.$Shape): SessionProtos.ReceiptMessage & SessionProtos.ReceiptMessage.$Shape;
         *   (properties?: SessionProtos.ReceiptMessage.$Properties): SessionProtos.ReceiptMessage;
         * }}
         */
        ReceiptMessage.create = function(properties) {
            return new ReceiptMessage(properties);
        };

        /**
         * Encodes the specified ReceiptMessage message. Does not implicitly {@link SessionProtos.ReceiptMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.ReceiptMessage
         * @static
         * @param {SessionProtos.ReceiptMessage.$Properties} m ReceiptMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ReceiptMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
            if (m.timestamp != null && m.timestamp.length) {
                for (var i = 0; i < m.timestamp.length; ++i)
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.timestamp[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a ReceiptMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.ReceiptMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.ReceiptMessage & SessionProtos.ReceiptMessage.$Shape} ReceiptMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ReceiptMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.ReceiptMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.SessionProtos.ReceiptMessage.Type[v] !== $undefined) {
                            m.type = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (u === 2) {
                            if (!(m.timestamp && m.timestamp.length))
                                m.timestamp = [];
                            r.uint64s(m.timestamp);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.timestamp && m.timestamp.length))
                            m.timestamp = [];
                        m.timestamp.push(r.uint64());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "type"))
                throw $util.ProtocolError("missing required 'type'", { instance: m });
            return m;
        };

        /**
         * Type enum.
         * @name SessionProtos.ReceiptMessage.Type
         * @enum {number}
         * @property {number} DELIVERY=0 DELIVERY value
         * @property {number} READ=1 READ value
         */
        ReceiptMessage.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DELIVERY"] = 0;
            values[valuesById[1] = "READ"] = 1;
            return values;
        })();

        return ReceiptMessage;
    })();

    SessionProtos.AttachmentPointer = (function() {

        /**
         * Properties of an AttachmentPointer.
         * @typedef {Object} SessionProtos.AttachmentPointer.$Properties
         * @property {number} deprecatedId AttachmentPointer deprecatedId
         * @property {string|null} [contentType] AttachmentPointer contentType
         * @property {Uint8Array|null} [key] AttachmentPointer key
         * @property {number|null} [size] AttachmentPointer size
         * @property {Uint8Array|null} [thumbnail] AttachmentPointer thumbnail
         * @property {Uint8Array|null} [digest] AttachmentPointer digest
         * @property {string|null} [fileName] AttachmentPointer fileName
         * @property {number|null} [flags] AttachmentPointer flags
         * @property {number|null} [width] AttachmentPointer width
         * @property {number|null} [height] AttachmentPointer height
         * @property {string|null} [caption] AttachmentPointer caption
         * @property {string|null} [url] AttachmentPointer url
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttachmentPointer.
         * @memberof SessionProtos
         * @interface IAttachmentPointer
         * @augments SessionProtos.AttachmentPointer.$Properties
         * @deprecated Use SessionProtos.AttachmentPointer.$Properties instead.
         */

        /**
         * Shape of an AttachmentPointer.
         * @typedef {SessionProtos.AttachmentPointer.$Properties} SessionProtos.AttachmentPointer.$Shape
         */

        /**
         * Constructs a new AttachmentPointer.
         * @memberof SessionProtos
         * @classdesc Represents an AttachmentPointer.
         * @constructor
         * @param {SessionProtos.AttachmentPointer.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttachmentPointer = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * AttachmentPointer deprecatedId.
         * @member {number} deprecatedId
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.deprecatedId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * AttachmentPointer contentType.
         * @member {string} contentType
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.contentType = "";

        /**
         * AttachmentPointer key.
         * @member {Uint8Array} key
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.key = $util.newBuffer([]);

        /**
         * AttachmentPointer size.
         * @member {number} size
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.size = 0;

        /**
         * AttachmentPointer thumbnail.
         * @member {Uint8Array} thumbnail
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.thumbnail = $util.newBuffer([]);

        /**
         * AttachmentPointer digest.
         * @member {Uint8Array} digest
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.digest = $util.newBuffer([]);

        /**
         * AttachmentPointer fileName.
         * @member {string} fileName
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.fileName = "";

        /**
         * AttachmentPointer flags.
         * @member {number} flags
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.flags = 0;

        /**
         * AttachmentPointer width.
         * @member {number} width
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.width = 0;

        /**
         * AttachmentPointer height.
         * @member {number} height
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.height = 0;

        /**
         * AttachmentPointer caption.
         * @member {string} caption
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.caption = "";

        /**
         * AttachmentPointer url.
         * @member {string} url
         * @memberof SessionProtos.AttachmentPointer
         * @instance
         */
        AttachmentPointer.prototype.url = "";

        /**
         * Creates a new AttachmentPointer instance using the specified properties.
         * @function create
         * @memberof SessionProtos.AttachmentPointer
         * @static
         * @param {SessionProtos.AttachmentPointer.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.AttachmentPointer} AttachmentPointer instance
         * @type {{
         *   (properties: SessionProtos.AttachmentPointer.$Shape): SessionProtos.AttachmentPointer & SessionProtos.AttachmentPointer.$Shape;
         *   (properties?: SessionProtos.AttachmentPointer.$Properties): SessionProtos.AttachmentPointer;
         * }}
         */
        AttachmentPointer.create = function(properties) {
            return new AttachmentPointer(properties);
        };

        /**
         * Encodes the specified AttachmentPointer message. Does not implicitly {@link SessionProtos.AttachmentPointer.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.AttachmentPointer
         * @static
         * @param {SessionProtos.AttachmentPointer.$Properties} m AttachmentPointer message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttachmentPointer.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 1 =*/9).fixed64(m.deprecatedId);
            if (m.contentType != null && $Object.hasOwnProperty.call(m, "contentType"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.contentType);
            if (m.key != null && $Object.hasOwnProperty.call(m, "key"))
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.key);
            if (m.size != null && $Object.hasOwnProperty.call(m, "size"))
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.size);
            if (m.thumbnail != null && $Object.hasOwnProperty.call(m, "thumbnail"))
                w.uint32(/* id 5, wireType 2 =*/42).bytes(m.thumbnail);
            if (m.digest != null && $Object.hasOwnProperty.call(m, "digest"))
                w.uint32(/* id 6, wireType 2 =*/50).bytes(m.digest);
            if (m.fileName != null && $Object.hasOwnProperty.call(m, "fileName"))
                w.uint32(/* id 7, wireType 2 =*/58).string(m.fileName);
            if (m.flags != null && $Object.hasOwnProperty.call(m, "flags"))
                w.uint32(/* id 8, wireType 0 =*/64).uint32(m.flags);
            if (m.width != null && $Object.hasOwnProperty.call(m, "width"))
                w.uint32(/* id 9, wireType 0 =*/72).uint32(m.width);
            if (m.height != null && $Object.hasOwnProperty.call(m, "height"))
                w.uint32(/* id 10, wireType 0 =*/80).uint32(m.height);
            if (m.caption != null && $Object.hasOwnProperty.call(m, "caption"))
                w.uint32(/* id 11, wireType 2 =*/90).string(m.caption);
            if (m.url != null && $Object.hasOwnProperty.call(m, "url"))
                w.uint32(/* id 101, wireType 2 =*/810).string(m.url);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an AttachmentPointer message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.AttachmentPointer
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.AttachmentPointer & SessionProtos.AttachmentPointer.$Shape} AttachmentPointer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttachmentPointer.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.AttachmentPointer();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 1)
                            break;
                        m.deprecatedId = r.fixed64();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.contentType = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.key = r.bytes();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.size = r.uint32();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.thumbnail = r.bytes();
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.digest = r.bytes();
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.fileName = r.string();
                        continue;
                    }
                case 8: {
                        if (u !== 0)
                            break;
                        m.flags = r.uint32();
                        continue;
                    }
                case 9: {
                        if (u !== 0)
                            break;
                        m.width = r.uint32();
                        continue;
                    }
                case 10: {
                        if (u !== 0)
                            break;
                        m.height = r.uint32();
                        continue;
                    }
                case 11: {
                        if (u !== 2)
                            break;
                        m.caption = r.string();
                        continue;
                    }
                case 101: {
                        if (u !== 2)
                            break;
                        m.url = r.string();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "deprecatedId"))
                throw $util.ProtocolError("missing required 'deprecatedId'", { instance: m });
            return m;
        };

        /**
         * Flags enum.
         * @name SessionProtos.AttachmentPointer.Flags
         * @enum {number}
         * @property {number} VOICE_MESSAGE=1 VOICE_MESSAGE value
         */
        AttachmentPointer.Flags = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[1] = "VOICE_MESSAGE"] = 1;
            return values;
        })();

        return AttachmentPointer;
    })();

    SessionProtos.SharedConfigMessage = (function() {

        /**
         * Properties of a SharedConfigMessage.
         * @typedef {Object} SessionProtos.SharedConfigMessage.$Properties
         * @property {SessionProtos.SharedConfigMessage.Kind} kind SharedConfigMessage kind
         * @property {number} seqno SharedConfigMessage seqno
         * @property {Uint8Array} data SharedConfigMessage data
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SharedConfigMessage.
         * @memberof SessionProtos
         * @interface ISharedConfigMessage
         * @augments SessionProtos.SharedConfigMessage.$Properties
         * @deprecated Use SessionProtos.SharedConfigMessage.$Properties instead.
         */

        /**
         * Shape of a SharedConfigMessage.
         * @typedef {SessionProtos.SharedConfigMessage.$Properties} SessionProtos.SharedConfigMessage.$Shape
         */

        /**
         * Constructs a new SharedConfigMessage.
         * @memberof SessionProtos
         * @classdesc Represents a SharedConfigMessage.
         * @constructor
         * @param {SessionProtos.SharedConfigMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SharedConfigMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * SharedConfigMessage kind.
         * @member {SessionProtos.SharedConfigMessage.Kind} kind
         * @memberof SessionProtos.SharedConfigMessage
         * @instance
         */
        SharedConfigMessage.prototype.kind = 1;

        /**
         * SharedConfigMessage seqno.
         * @member {number} seqno
         * @memberof SessionProtos.SharedConfigMessage
         * @instance
         */
        SharedConfigMessage.prototype.seqno = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * SharedConfigMessage data.
         * @member {Uint8Array} data
         * @memberof SessionProtos.SharedConfigMessage
         * @instance
         */
        SharedConfigMessage.prototype.data = $util.newBuffer([]);

        /**
         * Creates a new SharedConfigMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.SharedConfigMessage
         * @static
         * @param {SessionProtos.SharedConfigMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.SharedConfigMessage} SharedConfigMessage instance
         * @type {{
         *   (properties: SessionProtos.SharedConfigMessage.$Shape): SessionProtos.SharedConfigMessage & SessionProtos.SharedConfigMessage.$Shape;
         *   (properties?: SessionProtos.SharedConfigMessage.$Properties): SessionProtos.SharedConfigMessage;
         * }}
         */
        SharedConfigMessage.create = function(properties) {
            return new SharedConfigMessage(properties);
        };

        /**
         * Encodes the specified SharedConfigMessage message. Does not implicitly {@link SessionProtos.SharedConfigMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.SharedConfigMessage
         * @static
         * @param {SessionProtos.SharedConfigMessage.$Properties} m SharedConfigMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SharedConfigMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.kind);
            w.uint32(/* id 2, wireType 0 =*/16).int64(m.seqno);
            w.uint32(/* id 3, wireType 2 =*/26).bytes(m.data);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a SharedConfigMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.SharedConfigMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.SharedConfigMessage & SessionProtos.SharedConfigMessage.$Shape} SharedConfigMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SharedConfigMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.SharedConfigMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.SessionProtos.SharedConfigMessage.Kind[v] !== $undefined) {
                            m.kind = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.seqno = r.int64();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.data = r.bytes();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "kind"))
                throw $util.ProtocolError("missing required 'kind'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "seqno"))
                throw $util.ProtocolError("missing required 'seqno'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "data"))
                throw $util.ProtocolError("missing required 'data'", { instance: m });
            return m;
        };

        /**
         * Kind enum.
         * @name SessionProtos.SharedConfigMessage.Kind
         * @enum {number}
         * @property {number} USER_PROFILE=1 USER_PROFILE value
         * @property {number} CONTACTS=2 CONTACTS value
         * @property {number} CONVO_INFO_VOLATILE=3 CONVO_INFO_VOLATILE value
         * @property {number} USER_GROUPS=4 USER_GROUPS value
         */
        SharedConfigMessage.Kind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[1] = "USER_PROFILE"] = 1;
            values[valuesById[2] = "CONTACTS"] = 2;
            values[valuesById[3] = "CONVO_INFO_VOLATILE"] = 3;
            values[valuesById[4] = "USER_GROUPS"] = 4;
            return values;
        })();

        return SharedConfigMessage;
    })();

    SessionProtos.GroupUpdateMessage = (function() {

        /**
         * Properties of a GroupUpdateMessage.
         * @typedef {Object} SessionProtos.GroupUpdateMessage.$Properties
         * @property {SessionProtos.GroupUpdateInviteMessage.$Properties|null} [inviteMessage] GroupUpdateMessage inviteMessage
         * @property {SessionProtos.GroupUpdateInfoChangeMessage.$Properties|null} [infoChangeMessage] GroupUpdateMessage infoChangeMessage
         * @property {SessionProtos.GroupUpdateMemberChangeMessage.$Properties|null} [memberChangeMessage] GroupUpdateMessage memberChangeMessage
         * @property {SessionProtos.GroupUpdatePromoteMessage.$Properties|null} [promoteMessage] GroupUpdateMessage promoteMessage
         * @property {SessionProtos.GroupUpdateMemberLeftMessage.$Properties|null} [memberLeftMessage] GroupUpdateMessage memberLeftMessage
         * @property {SessionProtos.GroupUpdateInviteResponseMessage.$Properties|null} [inviteResponse] GroupUpdateMessage inviteResponse
         * @property {SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties|null} [deleteMemberContent] GroupUpdateMessage deleteMemberContent
         * @property {SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties|null} [memberLeftNotificationMessage] GroupUpdateMessage memberLeftNotificationMessage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUpdateMessage.
         * @memberof SessionProtos
         * @interface IGroupUpdateMessage
         * @augments SessionProtos.GroupUpdateMessage.$Properties
         * @deprecated Use SessionProtos.GroupUpdateMessage.$Properties instead.
         */

        /**
         * Shape of a GroupUpdateMessage.
         * @typedef {SessionProtos.GroupUpdateMessage.$Properties} SessionProtos.GroupUpdateMessage.$Shape
         */

        /**
         * Constructs a new GroupUpdateMessage.
         * @memberof SessionProtos
         * @classdesc Represents a GroupUpdateMessage.
         * @constructor
         * @param {SessionProtos.GroupUpdateMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUpdateMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GroupUpdateMessage inviteMessage.
         * @member {SessionProtos.GroupUpdateInviteMessage.$Properties|null|undefined} inviteMessage
         * @memberof SessionProtos.GroupUpdateMessage
         * @instance
         */
        GroupUpdateMessage.prototype.inviteMessage = null;

        /**
         * GroupUpdateMessage infoChangeMessage.
         * @member {SessionProtos.GroupUpdateInfoChangeMessage.$Properties|null|undefined} infoChangeMessage
         * @memberof SessionProtos.GroupUpdateMessage
         * @instance
         */
        GroupUpdateMessage.prototype.infoChangeMessage = null;

        /**
         * GroupUpdateMessage memberChangeMessage.
         * @member {SessionProtos.GroupUpdateMemberChangeMessage.$Properties|null|undefined} memberChangeMessage
         * @memberof SessionProtos.GroupUpdateMessage
         * @instance
         */
        GroupUpdateMessage.prototype.memberChangeMessage = null;

        /**
         * GroupUpdateMessage promoteMessage.
         * @member {SessionProtos.GroupUpdatePromoteMessage.$Properties|null|undefined} promoteMessage
         * @memberof SessionProtos.GroupUpdateMessage
         * @instance
         */
        GroupUpdateMessage.prototype.promoteMessage = null;

        /**
         * GroupUpdateMessage memberLeftMessage.
         * @member {SessionProtos.GroupUpdateMemberLeftMessage.$Properties|null|undefined} memberLeftMessage
         * @memberof SessionProtos.GroupUpdateMessage
         * @instance
         */
        GroupUpdateMessage.prototype.memberLeftMessage = null;

        /**
         * GroupUpdateMessage inviteResponse.
         * @member {SessionProtos.GroupUpdateInviteResponseMessage.$Properties|null|undefined} inviteResponse
         * @memberof SessionProtos.GroupUpdateMessage
         * @instance
         */
        GroupUpdateMessage.prototype.inviteResponse = null;

        /**
         * GroupUpdateMessage deleteMemberContent.
         * @member {SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties|null|undefined} deleteMemberContent
         * @memberof SessionProtos.GroupUpdateMessage
         * @instance
         */
        GroupUpdateMessage.prototype.deleteMemberContent = null;

        /**
         * GroupUpdateMessage memberLeftNotificationMessage.
         * @member {SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties|null|undefined} memberLeftNotificationMessage
         * @memberof SessionProtos.GroupUpdateMessage
         * @instance
         */
        GroupUpdateMessage.prototype.memberLeftNotificationMessage = null;

        /**
         * Creates a new GroupUpdateMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.GroupUpdateMessage
         * @static
         * @param {SessionProtos.GroupUpdateMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.GroupUpdateMessage} GroupUpdateMessage instance
         * @type {{
         *   (properties: SessionProtos.GroupUpdateMessage.$Shape): SessionProtos.GroupUpdateMessage & SessionProtos.GroupUpdateMessage.$Shape;
         *   (properties?: SessionProtos.GroupUpdateMessage.$Properties): SessionProtos.GroupUpdateMessage;
         * }}
         */
        GroupUpdateMessage.create = function(properties) {
            return new GroupUpdateMessage(properties);
        };

        /**
         * Encodes the specified GroupUpdateMessage message. Does not implicitly {@link SessionProtos.GroupUpdateMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.GroupUpdateMessage
         * @static
         * @param {SessionProtos.GroupUpdateMessage.$Properties} m GroupUpdateMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUpdateMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.inviteMessage != null && $Object.hasOwnProperty.call(m, "inviteMessage"))
                $root.SessionProtos.GroupUpdateInviteMessage.encode(m.inviteMessage, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.infoChangeMessage != null && $Object.hasOwnProperty.call(m, "infoChangeMessage"))
                $root.SessionProtos.GroupUpdateInfoChangeMessage.encode(m.infoChangeMessage, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.memberChangeMessage != null && $Object.hasOwnProperty.call(m, "memberChangeMessage"))
                $root.SessionProtos.GroupUpdateMemberChangeMessage.encode(m.memberChangeMessage, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.promoteMessage != null && $Object.hasOwnProperty.call(m, "promoteMessage"))
                $root.SessionProtos.GroupUpdatePromoteMessage.encode(m.promoteMessage, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.memberLeftMessage != null && $Object.hasOwnProperty.call(m, "memberLeftMessage"))
                $root.SessionProtos.GroupUpdateMemberLeftMessage.encode(m.memberLeftMessage, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.inviteResponse != null && $Object.hasOwnProperty.call(m, "inviteResponse"))
                $root.SessionProtos.GroupUpdateInviteResponseMessage.encode(m.inviteResponse, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
            if (m.deleteMemberContent != null && $Object.hasOwnProperty.call(m, "deleteMemberContent"))
                $root.SessionProtos.GroupUpdateDeleteMemberContentMessage.encode(m.deleteMemberContent, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
            if (m.memberLeftNotificationMessage != null && $Object.hasOwnProperty.call(m, "memberLeftNotificationMessage"))
                $root.SessionProtos.GroupUpdateMemberLeftNotificationMessage.encode(m.memberLeftNotificationMessage, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GroupUpdateMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.GroupUpdateMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.GroupUpdateMessage & SessionProtos.GroupUpdateMessage.$Shape} GroupUpdateMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUpdateMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.GroupUpdateMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.inviteMessage = $root.SessionProtos.GroupUpdateInviteMessage.decode(r, r.size(), $undefined, q + 1, m.inviteMessage);
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.infoChangeMessage = $root.SessionProtos.GroupUpdateInfoChangeMessage.decode(r, r.size(), $undefined, q + 1, m.infoChangeMessage);
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.memberChangeMessage = $root.SessionProtos.GroupUpdateMemberChangeMessage.decode(r, r.size(), $undefined, q + 1, m.memberChangeMessage);
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.promoteMessage = $root.SessionProtos.GroupUpdatePromoteMessage.decode(r, r.size(), $undefined, q + 1, m.promoteMessage);
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.memberLeftMessage = $root.SessionProtos.GroupUpdateMemberLeftMessage.decode(r, r.size(), $undefined, q + 1, m.memberLeftMessage);
                        continue;
                    }
                case 6: {
                        if (u !== 2)
                            break;
                        m.inviteResponse = $root.SessionProtos.GroupUpdateInviteResponseMessage.decode(r, r.size(), $undefined, q + 1, m.inviteResponse);
                        continue;
                    }
                case 7: {
                        if (u !== 2)
                            break;
                        m.deleteMemberContent = $root.SessionProtos.GroupUpdateDeleteMemberContentMessage.decode(r, r.size(), $undefined, q + 1, m.deleteMemberContent);
                        continue;
                    }
                case 8: {
                        if (u !== 2)
                            break;
                        m.memberLeftNotificationMessage = $root.SessionProtos.GroupUpdateMemberLeftNotificationMessage.decode(r, r.size(), $undefined, q + 1, m.memberLeftNotificationMessage);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return GroupUpdateMessage;
    })();

    SessionProtos.GroupUpdateInviteMessage = (function() {

        /**
         * Properties of a GroupUpdateInviteMessage.
         * @typedef {Object} SessionProtos.GroupUpdateInviteMessage.$Properties
         * @property {string} groupSessionId GroupUpdateInviteMessage groupSessionId
         * @property {string} name GroupUpdateInviteMessage name
         * @property {Uint8Array} memberAuthData GroupUpdateInviteMessage memberAuthData
         * @property {Uint8Array} adminSignature GroupUpdateInviteMessage adminSignature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUpdateInviteMessage.
         * @memberof SessionProtos
         * @interface IGroupUpdateInviteMessage
         * @augments SessionProtos.GroupUpdateInviteMessage.$Properties
         * @deprecated Use SessionProtos.GroupUpdateInviteMessage.$Properties instead.
         */

        /**
         * Shape of a GroupUpdateInviteMessage.
         * @typedef {SessionProtos.GroupUpdateInviteMessage.$Properties} SessionProtos.GroupUpdateInviteMessage.$Shape
         */

        /**
         * Constructs a new GroupUpdateInviteMessage.
         * @memberof SessionProtos
         * @classdesc Represents a GroupUpdateInviteMessage.
         * @constructor
         * @param {SessionProtos.GroupUpdateInviteMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUpdateInviteMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GroupUpdateInviteMessage groupSessionId.
         * @member {string} groupSessionId
         * @memberof SessionProtos.GroupUpdateInviteMessage
         * @instance
         */
        GroupUpdateInviteMessage.prototype.groupSessionId = "";

        /**
         * GroupUpdateInviteMessage name.
         * @member {string} name
         * @memberof SessionProtos.GroupUpdateInviteMessage
         * @instance
         */
        GroupUpdateInviteMessage.prototype.name = "";

        /**
         * GroupUpdateInviteMessage memberAuthData.
         * @member {Uint8Array} memberAuthData
         * @memberof SessionProtos.GroupUpdateInviteMessage
         * @instance
         */
        GroupUpdateInviteMessage.prototype.memberAuthData = $util.newBuffer([]);

        /**
         * GroupUpdateInviteMessage adminSignature.
         * @member {Uint8Array} adminSignature
         * @memberof SessionProtos.GroupUpdateInviteMessage
         * @instance
         */
        GroupUpdateInviteMessage.prototype.adminSignature = $util.newBuffer([]);

        /**
         * Creates a new GroupUpdateInviteMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.GroupUpdateInviteMessage
         * @static
         * @param {SessionProtos.GroupUpdateInviteMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.GroupUpdateInviteMessage} GroupUpdateInviteMessage instance
         * @type {{
         *   (properties: SessionProtos.GroupUpdateInviteMessage.$Shape): SessionProtos.GroupUpdateInviteMessage & SessionProtos.GroupUpdateInviteMessage.$Shape;
         *   (properties?: SessionProtos.GroupUpdateInviteMessage.$Properties): SessionProtos.GroupUpdateInviteMessage;
         * }}
         */
        GroupUpdateInviteMessage.create = function(properties) {
            return new GroupUpdateInviteMessage(properties);
        };

        /**
         * Encodes the specified GroupUpdateInviteMessage message. Does not implicitly {@link SessionProtos.GroupUpdateInviteMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.GroupUpdateInviteMessage
         * @static
         * @param {SessionProtos.GroupUpdateInviteMessage.$Properties} m GroupUpdateInviteMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUpdateInviteMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).string(m.groupSessionId);
            w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
            w.uint32(/* id 3, wireType 2 =*/26).bytes(m.memberAuthData);
            w.uint32(/* id 4, wireType 2 =*/34).bytes(m.adminSignature);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GroupUpdateInviteMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.GroupUpdateInviteMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.GroupUpdateInviteMessage & SessionProtos.GroupUpdateInviteMessage.$Shape} GroupUpdateInviteMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUpdateInviteMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.GroupUpdateInviteMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.groupSessionId = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.memberAuthData = r.bytes();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.adminSignature = r.bytes();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "groupSessionId"))
                throw $util.ProtocolError("missing required 'groupSessionId'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "name"))
                throw $util.ProtocolError("missing required 'name'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "memberAuthData"))
                throw $util.ProtocolError("missing required 'memberAuthData'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "adminSignature"))
                throw $util.ProtocolError("missing required 'adminSignature'", { instance: m });
            return m;
        };

        return GroupUpdateInviteMessage;
    })();

    SessionProtos.GroupUpdatePromoteMessage = (function() {

        /**
         * Properties of a GroupUpdatePromoteMessage.
         * @typedef {Object} SessionProtos.GroupUpdatePromoteMessage.$Properties
         * @property {Uint8Array} groupIdentitySeed GroupUpdatePromoteMessage groupIdentitySeed
         * @property {string} name GroupUpdatePromoteMessage name
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUpdatePromoteMessage.
         * @memberof SessionProtos
         * @interface IGroupUpdatePromoteMessage
         * @augments SessionProtos.GroupUpdatePromoteMessage.$Properties
         * @deprecated Use SessionProtos.GroupUpdatePromoteMessage.$Properties instead.
         */

        /**
         * Shape of a GroupUpdatePromoteMessage.
         * @typedef {SessionProtos.GroupUpdatePromoteMessage.$Properties} SessionProtos.GroupUpdatePromoteMessage.$Shape
         */

        /**
         * Constructs a new GroupUpdatePromoteMessage.
         * @memberof SessionProtos
         * @classdesc Represents a GroupUpdatePromoteMessage.
         * @constructor
         * @param {SessionProtos.GroupUpdatePromoteMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUpdatePromoteMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GroupUpdatePromoteMessage groupIdentitySeed.
         * @member {Uint8Array} groupIdentitySeed
         * @memberof SessionProtos.GroupUpdatePromoteMessage
         * @instance
         */
        GroupUpdatePromoteMessage.prototype.groupIdentitySeed = $util.newBuffer([]);

        /**
         * GroupUpdatePromoteMessage name.
         * @member {string} name
         * @memberof SessionProtos.GroupUpdatePromoteMessage
         * @instance
         */
        GroupUpdatePromoteMessage.prototype.name = "";

        /**
         * Creates a new GroupUpdatePromoteMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.GroupUpdatePromoteMessage
         * @static
         * @param {SessionProtos.GroupUpdatePromoteMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.GroupUpdatePromoteMessage} GroupUpdatePromoteMessage instance
         * @type {{
         *   (properties: SessionProtos.GroupUpdatePromoteMessage.$Shape): SessionProtos.GroupUpdatePromoteMessage & SessionProtos.GroupUpdatePromoteMessage.$Shape;
         *   (properties?: SessionProtos.GroupUpdatePromoteMessage.$Properties): SessionProtos.GroupUpdatePromoteMessage;
         * }}
         */
        GroupUpdatePromoteMessage.create = function(properties) {
            return new GroupUpdatePromoteMessage(properties);
        };

        /**
         * Encodes the specified GroupUpdatePromoteMessage message. Does not implicitly {@link SessionProtos.GroupUpdatePromoteMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.GroupUpdatePromoteMessage
         * @static
         * @param {SessionProtos.GroupUpdatePromoteMessage.$Properties} m GroupUpdatePromoteMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUpdatePromoteMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 2 =*/10).bytes(m.groupIdentitySeed);
            w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GroupUpdatePromoteMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.GroupUpdatePromoteMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.GroupUpdatePromoteMessage & SessionProtos.GroupUpdatePromoteMessage.$Shape} GroupUpdatePromoteMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUpdatePromoteMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.GroupUpdatePromoteMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.groupIdentitySeed = r.bytes();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.name = r.string();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "groupIdentitySeed"))
                throw $util.ProtocolError("missing required 'groupIdentitySeed'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "name"))
                throw $util.ProtocolError("missing required 'name'", { instance: m });
            return m;
        };

        return GroupUpdatePromoteMessage;
    })();

    SessionProtos.GroupUpdateInfoChangeMessage = (function() {

        /**
         * Properties of a GroupUpdateInfoChangeMessage.
         * @typedef {Object} SessionProtos.GroupUpdateInfoChangeMessage.$Properties
         * @property {SessionProtos.GroupUpdateInfoChangeMessage.Type} type GroupUpdateInfoChangeMessage type
         * @property {string|null} [updatedName] GroupUpdateInfoChangeMessage updatedName
         * @property {number|null} [updatedExpiration] GroupUpdateInfoChangeMessage updatedExpiration
         * @property {Uint8Array} adminSignature GroupUpdateInfoChangeMessage adminSignature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUpdateInfoChangeMessage.
         * @memberof SessionProtos
         * @interface IGroupUpdateInfoChangeMessage
         * @augments SessionProtos.GroupUpdateInfoChangeMessage.$Properties
         * @deprecated Use SessionProtos.GroupUpdateInfoChangeMessage.$Properties instead.
         */

        /**
         * Shape of a GroupUpdateInfoChangeMessage.
         * @typedef {SessionProtos.GroupUpdateInfoChangeMessage.$Properties} SessionProtos.GroupUpdateInfoChangeMessage.$Shape
         */

        /**
         * Constructs a new GroupUpdateInfoChangeMessage.
         * @memberof SessionProtos
         * @classdesc Represents a GroupUpdateInfoChangeMessage.
         * @constructor
         * @param {SessionProtos.GroupUpdateInfoChangeMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUpdateInfoChangeMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GroupUpdateInfoChangeMessage type.
         * @member {SessionProtos.GroupUpdateInfoChangeMessage.Type} type
         * @memberof SessionProtos.GroupUpdateInfoChangeMessage
         * @instance
         */
        GroupUpdateInfoChangeMessage.prototype.type = 1;

        /**
         * GroupUpdateInfoChangeMessage updatedName.
         * @member {string} updatedName
         * @memberof SessionProtos.GroupUpdateInfoChangeMessage
         * @instance
         */
        GroupUpdateInfoChangeMessage.prototype.updatedName = "";

        /**
         * GroupUpdateInfoChangeMessage updatedExpiration.
         * @member {number} updatedExpiration
         * @memberof SessionProtos.GroupUpdateInfoChangeMessage
         * @instance
         */
        GroupUpdateInfoChangeMessage.prototype.updatedExpiration = 0;

        /**
         * GroupUpdateInfoChangeMessage adminSignature.
         * @member {Uint8Array} adminSignature
         * @memberof SessionProtos.GroupUpdateInfoChangeMessage
         * @instance
         */
        GroupUpdateInfoChangeMessage.prototype.adminSignature = $util.newBuffer([]);

        /**
         * Creates a new GroupUpdateInfoChangeMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.GroupUpdateInfoChangeMessage
         * @static
         * @param {SessionProtos.GroupUpdateInfoChangeMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.GroupUpdateInfoChangeMessage} GroupUpdateInfoChangeMessage instance
         * @type {{
         *   (properties: SessionProtos.GroupUpdateInfoChangeMessage.$Shape): SessionProtos.GroupUpdateInfoChangeMessage & SessionProtos.GroupUpdateInfoChangeMessage.$Shape;
         *   (properties?: SessionProtos.GroupUpdateInfoChangeMessage.$Properties): SessionProtos.GroupUpdateInfoChangeMessage;
         * }}
         */
        GroupUpdateInfoChangeMessage.create = function(properties) {
            return new GroupUpdateInfoChangeMessage(properties);
        };

        /**
         * Encodes the specified GroupUpdateInfoChangeMessage message. Does not implicitly {@link SessionProtos.GroupUpdateInfoChangeMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.GroupUpdateInfoChangeMessage
         * @static
         * @param {SessionProtos.GroupUpdateInfoChangeMessage.$Properties} m GroupUpdateInfoChangeMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUpdateInfoChangeMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
            if (m.updatedName != null && $Object.hasOwnProperty.call(m, "updatedName"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.updatedName);
            if (m.updatedExpiration != null && $Object.hasOwnProperty.call(m, "updatedExpiration"))
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.updatedExpiration);
            w.uint32(/* id 4, wireType 2 =*/34).bytes(m.adminSignature);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GroupUpdateInfoChangeMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.GroupUpdateInfoChangeMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.GroupUpdateInfoChangeMessage & SessionProtos.GroupUpdateInfoChangeMessage.$Shape} GroupUpdateInfoChangeMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUpdateInfoChangeMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.GroupUpdateInfoChangeMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.SessionProtos.GroupUpdateInfoChangeMessage.Type[v] !== $undefined) {
                            m.type = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.updatedName = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.updatedExpiration = r.uint32();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.adminSignature = r.bytes();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "type"))
                throw $util.ProtocolError("missing required 'type'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "adminSignature"))
                throw $util.ProtocolError("missing required 'adminSignature'", { instance: m });
            return m;
        };

        /**
         * Type enum.
         * @name SessionProtos.GroupUpdateInfoChangeMessage.Type
         * @enum {number}
         * @property {number} NAME=1 NAME value
         * @property {number} AVATAR=2 AVATAR value
         * @property {number} DISAPPEARING_MESSAGES=3 DISAPPEARING_MESSAGES value
         */
        GroupUpdateInfoChangeMessage.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[1] = "NAME"] = 1;
            values[valuesById[2] = "AVATAR"] = 2;
            values[valuesById[3] = "DISAPPEARING_MESSAGES"] = 3;
            return values;
        })();

        return GroupUpdateInfoChangeMessage;
    })();

    SessionProtos.GroupUpdateMemberChangeMessage = (function() {

        /**
         * Properties of a GroupUpdateMemberChangeMessage.
         * @typedef {Object} SessionProtos.GroupUpdateMemberChangeMessage.$Properties
         * @property {SessionProtos.GroupUpdateMemberChangeMessage.Type} type GroupUpdateMemberChangeMessage type
         * @property {Array.<string>|null} [memberSessionIds] GroupUpdateMemberChangeMessage memberSessionIds
         * @property {boolean|null} [historyShared] GroupUpdateMemberChangeMessage historyShared
         * @property {Uint8Array} adminSignature GroupUpdateMemberChangeMessage adminSignature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUpdateMemberChangeMessage.
         * @memberof SessionProtos
         * @interface IGroupUpdateMemberChangeMessage
         * @augments SessionProtos.GroupUpdateMemberChangeMessage.$Properties
         * @deprecated Use SessionProtos.GroupUpdateMemberChangeMessage.$Properties instead.
         */

        /**
         * Shape of a GroupUpdateMemberChangeMessage.
         * @typedef {SessionProtos.GroupUpdateMemberChangeMessage.$Properties} SessionProtos.GroupUpdateMemberChangeMessage.$Shape
         */

        /**
         * Constructs a new GroupUpdateMemberChangeMessage.
         * @memberof SessionProtos
         * @classdesc Represents a GroupUpdateMemberChangeMessage.
         * @constructor
         * @param {SessionProtos.GroupUpdateMemberChangeMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUpdateMemberChangeMessage = function (p) {
            this.memberSessionIds = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GroupUpdateMemberChangeMessage type.
         * @member {SessionProtos.GroupUpdateMemberChangeMessage.Type} type
         * @memberof SessionProtos.GroupUpdateMemberChangeMessage
         * @instance
         */
        GroupUpdateMemberChangeMessage.prototype.type = 1;

        /**
         * GroupUpdateMemberChangeMessage memberSessionIds.
         * @member {Array.<string>} memberSessionIds
         * @memberof SessionProtos.GroupUpdateMemberChangeMessage
         * @instance
         */
        GroupUpdateMemberChangeMessage.prototype.memberSessionIds = $util.emptyArray;

        /**
         * GroupUpdateMemberChangeMessage historyShared.
         * @member {boolean} historyShared
         * @memberof SessionProtos.GroupUpdateMemberChangeMessage
         * @instance
         */
        GroupUpdateMemberChangeMessage.prototype.historyShared = false;

        /**
         * GroupUpdateMemberChangeMessage adminSignature.
         * @member {Uint8Array} adminSignature
         * @memberof SessionProtos.GroupUpdateMemberChangeMessage
         * @instance
         */
        GroupUpdateMemberChangeMessage.prototype.adminSignature = $util.newBuffer([]);

        /**
         * Creates a new GroupUpdateMemberChangeMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.GroupUpdateMemberChangeMessage
         * @static
         * @param {SessionProtos.GroupUpdateMemberChangeMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.GroupUpdateMemberChangeMessage} GroupUpdateMemberChangeMessage instance
         * @type {{
         *   (properties: SessionProtos.GroupUpdateMemberChangeMessage.$Shape): SessionProtos.GroupUpdateMemberChangeMessage & SessionProtos.GroupUpdateMemberChangeMessage.$Shape;
         *   (properties?: SessionProtos.GroupUpdateMemberChangeMessage.$Properties): SessionProtos.GroupUpdateMemberChangeMessage;
         * }}
         */
        GroupUpdateMemberChangeMessage.create = function(properties) {
            return new GroupUpdateMemberChangeMessage(properties);
        };

        /**
         * Encodes the specified GroupUpdateMemberChangeMessage message. Does not implicitly {@link SessionProtos.GroupUpdateMemberChangeMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.GroupUpdateMemberChangeMessage
         * @static
         * @param {SessionProtos.GroupUpdateMemberChangeMessage.$Properties} m GroupUpdateMemberChangeMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUpdateMemberChangeMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
            if (m.memberSessionIds != null && m.memberSessionIds.length) {
                for (var i = 0; i < m.memberSessionIds.length; ++i)
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.memberSessionIds[i]);
            }
            if (m.historyShared != null && $Object.hasOwnProperty.call(m, "historyShared"))
                w.uint32(/* id 3, wireType 0 =*/24).bool(m.historyShared);
            w.uint32(/* id 4, wireType 2 =*/34).bytes(m.adminSignature);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GroupUpdateMemberChangeMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.GroupUpdateMemberChangeMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.GroupUpdateMemberChangeMessage & SessionProtos.GroupUpdateMemberChangeMessage.$Shape} GroupUpdateMemberChangeMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUpdateMemberChangeMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.GroupUpdateMemberChangeMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.SessionProtos.GroupUpdateMemberChangeMessage.Type[v] !== $undefined) {
                            m.type = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.memberSessionIds && m.memberSessionIds.length))
                            m.memberSessionIds = [];
                        m.memberSessionIds.push(r.string());
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.historyShared = r.bool();
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.adminSignature = r.bytes();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "type"))
                throw $util.ProtocolError("missing required 'type'", { instance: m });
            if (!$Object.hasOwnProperty.call(m, "adminSignature"))
                throw $util.ProtocolError("missing required 'adminSignature'", { instance: m });
            return m;
        };

        /**
         * Type enum.
         * @name SessionProtos.GroupUpdateMemberChangeMessage.Type
         * @enum {number}
         * @property {number} ADDED=1 ADDED value
         * @property {number} REMOVED=2 REMOVED value
         * @property {number} PROMOTED=3 PROMOTED value
         */
        GroupUpdateMemberChangeMessage.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[1] = "ADDED"] = 1;
            values[valuesById[2] = "REMOVED"] = 2;
            values[valuesById[3] = "PROMOTED"] = 3;
            return values;
        })();

        return GroupUpdateMemberChangeMessage;
    })();

    SessionProtos.GroupUpdateMemberLeftMessage = (function() {

        /**
         * Properties of a GroupUpdateMemberLeftMessage.
         * @typedef {Object} SessionProtos.GroupUpdateMemberLeftMessage.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUpdateMemberLeftMessage.
         * @memberof SessionProtos
         * @interface IGroupUpdateMemberLeftMessage
         * @augments SessionProtos.GroupUpdateMemberLeftMessage.$Properties
         * @deprecated Use SessionProtos.GroupUpdateMemberLeftMessage.$Properties instead.
         */

        /**
         * Shape of a GroupUpdateMemberLeftMessage.
         * @typedef {SessionProtos.GroupUpdateMemberLeftMessage.$Properties} SessionProtos.GroupUpdateMemberLeftMessage.$Shape
         */

        /**
         * Constructs a new GroupUpdateMemberLeftMessage.
         * @memberof SessionProtos
         * @classdesc Represents a GroupUpdateMemberLeftMessage.
         * @constructor
         * @param {SessionProtos.GroupUpdateMemberLeftMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUpdateMemberLeftMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new GroupUpdateMemberLeftMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.GroupUpdateMemberLeftMessage
         * @static
         * @param {SessionProtos.GroupUpdateMemberLeftMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.GroupUpdateMemberLeftMessage} GroupUpdateMemberLeftMessage instance
         * @type {{
         *   (properties: SessionProtos.GroupUpdateMemberLeftMessage.$Shape): SessionProtos.GroupUpdateMemberLeftMessage & SessionProtos.GroupUpdateMemberLeftMessage.$Shape;
         *   (properties?: SessionProtos.GroupUpdateMemberLeftMessage.$Properties): SessionProtos.GroupUpdateMemberLeftMessage;
         * }}
         */
        GroupUpdateMemberLeftMessage.create = function(properties) {
            return new GroupUpdateMemberLeftMessage(properties);
        };

        /**
         * Encodes the specified GroupUpdateMemberLeftMessage message. Does not implicitly {@link SessionProtos.GroupUpdateMemberLeftMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.GroupUpdateMemberLeftMessage
         * @static
         * @param {SessionProtos.GroupUpdateMemberLeftMessage.$Properties} m GroupUpdateMemberLeftMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUpdateMemberLeftMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GroupUpdateMemberLeftMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.GroupUpdateMemberLeftMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.GroupUpdateMemberLeftMessage & SessionProtos.GroupUpdateMemberLeftMessage.$Shape} GroupUpdateMemberLeftMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUpdateMemberLeftMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.GroupUpdateMemberLeftMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return GroupUpdateMemberLeftMessage;
    })();

    SessionProtos.GroupUpdateMemberLeftNotificationMessage = (function() {

        /**
         * Properties of a GroupUpdateMemberLeftNotificationMessage.
         * @typedef {Object} SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUpdateMemberLeftNotificationMessage.
         * @memberof SessionProtos
         * @interface IGroupUpdateMemberLeftNotificationMessage
         * @augments SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties
         * @deprecated Use SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties instead.
         */

        /**
         * Shape of a GroupUpdateMemberLeftNotificationMessage.
         * @typedef {SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties} SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Shape
         */

        /**
         * Constructs a new GroupUpdateMemberLeftNotificationMessage.
         * @memberof SessionProtos
         * @classdesc Represents a GroupUpdateMemberLeftNotificationMessage.
         * @constructor
         * @param {SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUpdateMemberLeftNotificationMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * Creates a new GroupUpdateMemberLeftNotificationMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.GroupUpdateMemberLeftNotificationMessage
         * @static
         * @param {SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.GroupUpdateMemberLeftNotificationMessage} GroupUpdateMemberLeftNotificationMessage instance
         * @type {{
         *   (properties: SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Shape): SessionProtos.GroupUpdateMemberLeftNotificationMessage & SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Shape;
         *   (properties?: SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties): SessionProtos.GroupUpdateMemberLeftNotificationMessage;
         * }}
         */
        GroupUpdateMemberLeftNotificationMessage.create = function(properties) {
            return new GroupUpdateMemberLeftNotificationMessage(properties);
        };

        /**
         * Encodes the specified GroupUpdateMemberLeftNotificationMessage message. Does not implicitly {@link SessionProtos.GroupUpdateMemberLeftNotificationMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.GroupUpdateMemberLeftNotificationMessage
         * @static
         * @param {SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Properties} m GroupUpdateMemberLeftNotificationMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUpdateMemberLeftNotificationMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GroupUpdateMemberLeftNotificationMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.GroupUpdateMemberLeftNotificationMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.GroupUpdateMemberLeftNotificationMessage & SessionProtos.GroupUpdateMemberLeftNotificationMessage.$Shape} GroupUpdateMemberLeftNotificationMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUpdateMemberLeftNotificationMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.GroupUpdateMemberLeftNotificationMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                r.skipType(t & 7, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return GroupUpdateMemberLeftNotificationMessage;
    })();

    SessionProtos.GroupUpdateInviteResponseMessage = (function() {

        /**
         * Properties of a GroupUpdateInviteResponseMessage.
         * @typedef {Object} SessionProtos.GroupUpdateInviteResponseMessage.$Properties
         * @property {boolean} isApproved GroupUpdateInviteResponseMessage isApproved
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUpdateInviteResponseMessage.
         * @memberof SessionProtos
         * @interface IGroupUpdateInviteResponseMessage
         * @augments SessionProtos.GroupUpdateInviteResponseMessage.$Properties
         * @deprecated Use SessionProtos.GroupUpdateInviteResponseMessage.$Properties instead.
         */

        /**
         * Shape of a GroupUpdateInviteResponseMessage.
         * @typedef {SessionProtos.GroupUpdateInviteResponseMessage.$Properties} SessionProtos.GroupUpdateInviteResponseMessage.$Shape
         */

        /**
         * Constructs a new GroupUpdateInviteResponseMessage.
         * @memberof SessionProtos
         * @classdesc Represents a GroupUpdateInviteResponseMessage.
         * @constructor
         * @param {SessionProtos.GroupUpdateInviteResponseMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUpdateInviteResponseMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GroupUpdateInviteResponseMessage isApproved.
         * @member {boolean} isApproved
         * @memberof SessionProtos.GroupUpdateInviteResponseMessage
         * @instance
         */
        GroupUpdateInviteResponseMessage.prototype.isApproved = false;

        /**
         * Creates a new GroupUpdateInviteResponseMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.GroupUpdateInviteResponseMessage
         * @static
         * @param {SessionProtos.GroupUpdateInviteResponseMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.GroupUpdateInviteResponseMessage} GroupUpdateInviteResponseMessage instance
         * @type {{
         *   (properties: SessionProtos.GroupUpdateInviteResponseMessage.$Shape): SessionProtos.GroupUpdateInviteResponseMessage & SessionProtos.GroupUpdateInviteResponseMessage.$Shape;
         *   (properties?: SessionProtos.GroupUpdateInviteResponseMessage.$Properties): SessionProtos.GroupUpdateInviteResponseMessage;
         * }}
         */
        GroupUpdateInviteResponseMessage.create = function(properties) {
            return new GroupUpdateInviteResponseMessage(properties);
        };

        /**
         * Encodes the specified GroupUpdateInviteResponseMessage message. Does not implicitly {@link SessionProtos.GroupUpdateInviteResponseMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.GroupUpdateInviteResponseMessage
         * @static
         * @param {SessionProtos.GroupUpdateInviteResponseMessage.$Properties} m GroupUpdateInviteResponseMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUpdateInviteResponseMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            w.uint32(/* id 1, wireType 0 =*/8).bool(m.isApproved);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GroupUpdateInviteResponseMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.GroupUpdateInviteResponseMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.GroupUpdateInviteResponseMessage & SessionProtos.GroupUpdateInviteResponseMessage.$Shape} GroupUpdateInviteResponseMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUpdateInviteResponseMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.GroupUpdateInviteResponseMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        m.isApproved = r.bool();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            if (!$Object.hasOwnProperty.call(m, "isApproved"))
                throw $util.ProtocolError("missing required 'isApproved'", { instance: m });
            return m;
        };

        return GroupUpdateInviteResponseMessage;
    })();

    SessionProtos.GroupUpdateDeleteMemberContentMessage = (function() {

        /**
         * Properties of a GroupUpdateDeleteMemberContentMessage.
         * @typedef {Object} SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties
         * @property {Array.<string>|null} [memberSessionIds] GroupUpdateDeleteMemberContentMessage memberSessionIds
         * @property {Array.<string>|null} [messageHashes] GroupUpdateDeleteMemberContentMessage messageHashes
         * @property {Uint8Array|null} [adminSignature] GroupUpdateDeleteMemberContentMessage adminSignature
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GroupUpdateDeleteMemberContentMessage.
         * @memberof SessionProtos
         * @interface IGroupUpdateDeleteMemberContentMessage
         * @augments SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties
         * @deprecated Use SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties instead.
         */

        /**
         * Shape of a GroupUpdateDeleteMemberContentMessage.
         * @typedef {SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties} SessionProtos.GroupUpdateDeleteMemberContentMessage.$Shape
         */

        /**
         * Constructs a new GroupUpdateDeleteMemberContentMessage.
         * @memberof SessionProtos
         * @classdesc Represents a GroupUpdateDeleteMemberContentMessage.
         * @constructor
         * @param {SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GroupUpdateDeleteMemberContentMessage = function (p) {
            this.memberSessionIds = [];
            this.messageHashes = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * GroupUpdateDeleteMemberContentMessage memberSessionIds.
         * @member {Array.<string>} memberSessionIds
         * @memberof SessionProtos.GroupUpdateDeleteMemberContentMessage
         * @instance
         */
        GroupUpdateDeleteMemberContentMessage.prototype.memberSessionIds = $util.emptyArray;

        /**
         * GroupUpdateDeleteMemberContentMessage messageHashes.
         * @member {Array.<string>} messageHashes
         * @memberof SessionProtos.GroupUpdateDeleteMemberContentMessage
         * @instance
         */
        GroupUpdateDeleteMemberContentMessage.prototype.messageHashes = $util.emptyArray;

        /**
         * GroupUpdateDeleteMemberContentMessage adminSignature.
         * @member {Uint8Array} adminSignature
         * @memberof SessionProtos.GroupUpdateDeleteMemberContentMessage
         * @instance
         */
        GroupUpdateDeleteMemberContentMessage.prototype.adminSignature = $util.newBuffer([]);

        /**
         * Creates a new GroupUpdateDeleteMemberContentMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.GroupUpdateDeleteMemberContentMessage
         * @static
         * @param {SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.GroupUpdateDeleteMemberContentMessage} GroupUpdateDeleteMemberContentMessage instance
         * @type {{
         *   (properties: SessionProtos.GroupUpdateDeleteMemberContentMessage.$Shape): SessionProtos.GroupUpdateDeleteMemberContentMessage & SessionProtos.GroupUpdateDeleteMemberContentMessage.$Shape;
         *   (properties?: SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties): SessionProtos.GroupUpdateDeleteMemberContentMessage;
         * }}
         */
        GroupUpdateDeleteMemberContentMessage.create = function(properties) {
            return new GroupUpdateDeleteMemberContentMessage(properties);
        };

        /**
         * Encodes the specified GroupUpdateDeleteMemberContentMessage message. Does not implicitly {@link SessionProtos.GroupUpdateDeleteMemberContentMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.GroupUpdateDeleteMemberContentMessage
         * @static
         * @param {SessionProtos.GroupUpdateDeleteMemberContentMessage.$Properties} m GroupUpdateDeleteMemberContentMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GroupUpdateDeleteMemberContentMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.memberSessionIds != null && m.memberSessionIds.length) {
                for (var i = 0; i < m.memberSessionIds.length; ++i)
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.memberSessionIds[i]);
            }
            if (m.messageHashes != null && m.messageHashes.length) {
                for (var i = 0; i < m.messageHashes.length; ++i)
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.messageHashes[i]);
            }
            if (m.adminSignature != null && $Object.hasOwnProperty.call(m, "adminSignature"))
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.adminSignature);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a GroupUpdateDeleteMemberContentMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.GroupUpdateDeleteMemberContentMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.GroupUpdateDeleteMemberContentMessage & SessionProtos.GroupUpdateDeleteMemberContentMessage.$Shape} GroupUpdateDeleteMemberContentMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GroupUpdateDeleteMemberContentMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.GroupUpdateDeleteMemberContentMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if (!(m.memberSessionIds && m.memberSessionIds.length))
                            m.memberSessionIds = [];
                        m.memberSessionIds.push(r.string());
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.messageHashes && m.messageHashes.length))
                            m.messageHashes = [];
                        m.messageHashes.push(r.string());
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.adminSignature = r.bytes();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return GroupUpdateDeleteMemberContentMessage;
    })();

    SessionProtos.ProProof = (function() {

        /**
         * Properties of a ProProof.
         * @typedef {Object} SessionProtos.ProProof.$Properties
         * @property {Uint8Array|null} [revocationTag] ProProof revocationTag
         * @property {Uint8Array|null} [rotatingPublicKey] ProProof rotatingPublicKey
         * @property {number|null} [expiryUnixTs] ProProof expiryUnixTs
         * @property {Uint8Array|null} [sig] ProProof sig
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ProProof.
         * @memberof SessionProtos
         * @interface IProProof
         * @augments SessionProtos.ProProof.$Properties
         * @deprecated Use SessionProtos.ProProof.$Properties instead.
         */

        /**
         * Shape of a ProProof.
         * @typedef {SessionProtos.ProProof.$Properties} SessionProtos.ProProof.$Shape
         */

        /**
         * Constructs a new ProProof.
         * @memberof SessionProtos
         * @classdesc Represents a ProProof.
         * @constructor
         * @param {SessionProtos.ProProof.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ProProof = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ProProof revocationTag.
         * @member {Uint8Array} revocationTag
         * @memberof SessionProtos.ProProof
         * @instance
         */
        ProProof.prototype.revocationTag = $util.newBuffer([]);

        /**
         * ProProof rotatingPublicKey.
         * @member {Uint8Array} rotatingPublicKey
         * @memberof SessionProtos.ProProof
         * @instance
         */
        ProProof.prototype.rotatingPublicKey = $util.newBuffer([]);

        /**
         * ProProof expiryUnixTs.
         * @member {number} expiryUnixTs
         * @memberof SessionProtos.ProProof
         * @instance
         */
        ProProof.prototype.expiryUnixTs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ProProof sig.
         * @member {Uint8Array} sig
         * @memberof SessionProtos.ProProof
         * @instance
         */
        ProProof.prototype.sig = $util.newBuffer([]);

        /**
         * Creates a new ProProof instance using the specified properties.
         * @function create
         * @memberof SessionProtos.ProProof
         * @static
         * @param {SessionProtos.ProProof.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.ProProof} ProProof instance
         * @type {{
         *   (properties: SessionProtos.ProProof.$Shape): SessionProtos.ProProof & SessionProtos.ProProof.$Shape;
         *   (properties?: SessionProtos.ProProof.$Properties): SessionProtos.ProProof;
         * }}
         */
        ProProof.create = function(properties) {
            return new ProProof(properties);
        };

        /**
         * Encodes the specified ProProof message. Does not implicitly {@link SessionProtos.ProProof.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.ProProof
         * @static
         * @param {SessionProtos.ProProof.$Properties} m ProProof message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProProof.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.revocationTag != null && $Object.hasOwnProperty.call(m, "revocationTag"))
                w.uint32(/* id 2, wireType 2 =*/18).bytes(m.revocationTag);
            if (m.rotatingPublicKey != null && $Object.hasOwnProperty.call(m, "rotatingPublicKey"))
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.rotatingPublicKey);
            if (m.expiryUnixTs != null && $Object.hasOwnProperty.call(m, "expiryUnixTs"))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.expiryUnixTs);
            if (m.sig != null && $Object.hasOwnProperty.call(m, "sig"))
                w.uint32(/* id 5, wireType 2 =*/42).bytes(m.sig);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a ProProof message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.ProProof
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.ProProof & SessionProtos.ProProof.$Shape} ProProof
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProProof.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.ProProof();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 2: {
                        if (u !== 2)
                            break;
                        m.revocationTag = r.bytes();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.rotatingPublicKey = r.bytes();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.expiryUnixTs = r.uint64();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.sig = r.bytes();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return ProProof;
    })();

    SessionProtos.ProMessage = (function() {

        /**
         * Properties of a ProMessage.
         * @typedef {Object} SessionProtos.ProMessage.$Properties
         * @property {SessionProtos.ProProof.$Properties|null} [proof] ProMessage proof
         * @property {number|null} [profileBitset] ProMessage profileBitset
         * @property {number|null} [msgBitset] ProMessage msgBitset
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ProMessage.
         * @memberof SessionProtos
         * @interface IProMessage
         * @augments SessionProtos.ProMessage.$Properties
         * @deprecated Use SessionProtos.ProMessage.$Properties instead.
         */

        /**
         * Shape of a ProMessage.
         * @typedef {SessionProtos.ProMessage.$Properties} SessionProtos.ProMessage.$Shape
         */

        /**
         * Constructs a new ProMessage.
         * @memberof SessionProtos
         * @classdesc Represents a ProMessage.
         * @constructor
         * @param {SessionProtos.ProMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ProMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * ProMessage proof.
         * @member {SessionProtos.ProProof.$Properties|null|undefined} proof
         * @memberof SessionProtos.ProMessage
         * @instance
         */
        ProMessage.prototype.proof = null;

        /**
         * ProMessage profileBitset.
         * @member {number} profileBitset
         * @memberof SessionProtos.ProMessage
         * @instance
         */
        ProMessage.prototype.profileBitset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * ProMessage msgBitset.
         * @member {number} msgBitset
         * @memberof SessionProtos.ProMessage
         * @instance
         */
        ProMessage.prototype.msgBitset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * Creates a new ProMessage instance using the specified properties.
         * @function create
         * @memberof SessionProtos.ProMessage
         * @static
         * @param {SessionProtos.ProMessage.$Properties=} [properties] Properties to set
         * @returns {SessionProtos.ProMessage} ProMessage instance
         * @type {{
         *   (properties: SessionProtos.ProMessage.$Shape): SessionProtos.ProMessage & SessionProtos.ProMessage.$Shape;
         *   (properties?: SessionProtos.ProMessage.$Properties): SessionProtos.ProMessage;
         * }}
         */
        ProMessage.create = function(properties) {
            return new ProMessage(properties);
        };

        /**
         * Encodes the specified ProMessage message. Does not implicitly {@link SessionProtos.ProMessage.verify|verify} messages.
         * @function encode
         * @memberof SessionProtos.ProMessage
         * @static
         * @param {SessionProtos.ProMessage.$Properties} m ProMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ProMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.proof != null && $Object.hasOwnProperty.call(m, "proof"))
                $root.SessionProtos.ProProof.encode(m.proof, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.profileBitset != null && $Object.hasOwnProperty.call(m, "profileBitset"))
                w.uint32(/* id 2, wireType 0 =*/16).uint64(m.profileBitset);
            if (m.msgBitset != null && $Object.hasOwnProperty.call(m, "msgBitset"))
                w.uint32(/* id 3, wireType 0 =*/24).uint64(m.msgBitset);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a ProMessage message from the specified reader or buffer.
         * @function decode
         * @memberof SessionProtos.ProMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {SessionProtos.ProMessage & SessionProtos.ProMessage.$Shape} ProMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ProMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.SessionProtos.ProMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.proof = $root.SessionProtos.ProProof.decode(r, r.size(), $undefined, q + 1, m.proof);
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        m.profileBitset = r.uint64();
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        m.msgBitset = r.uint64();
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return ProMessage;
    })();

    return SessionProtos;
})();

export const WebSocketProtos = $root.WebSocketProtos = (() => {

    /**
     * Namespace WebSocketProtos.
     * @exports WebSocketProtos
     * @namespace
     */
    const WebSocketProtos = {};

    WebSocketProtos.WebSocketRequestMessage = (function() {

        /**
         * Properties of a WebSocketRequestMessage.
         * @typedef {Object} WebSocketProtos.WebSocketRequestMessage.$Properties
         * @property {string|null} [verb] WebSocketRequestMessage verb
         * @property {string|null} [path] WebSocketRequestMessage path
         * @property {Uint8Array|null} [body] WebSocketRequestMessage body
         * @property {number|null} [id] WebSocketRequestMessage id
         * @property {Array.<string>|null} [headers] WebSocketRequestMessage headers
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebSocketRequestMessage.
         * @memberof WebSocketProtos
         * @interface IWebSocketRequestMessage
         * @augments WebSocketProtos.WebSocketRequestMessage.$Properties
         * @deprecated Use WebSocketProtos.WebSocketRequestMessage.$Properties instead.
         */

        /**
         * Shape of a WebSocketRequestMessage.
         * @typedef {WebSocketProtos.WebSocketRequestMessage.$Properties} WebSocketProtos.WebSocketRequestMessage.$Shape
         */

        /**
         * Constructs a new WebSocketRequestMessage.
         * @memberof WebSocketProtos
         * @classdesc Represents a WebSocketRequestMessage.
         * @constructor
         * @param {WebSocketProtos.WebSocketRequestMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WebSocketRequestMessage = function (p) {
            this.headers = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * WebSocketRequestMessage verb.
         * @member {string} verb
         * @memberof WebSocketProtos.WebSocketRequestMessage
         * @instance
         */
        WebSocketRequestMessage.prototype.verb = "";

        /**
         * WebSocketRequestMessage path.
         * @member {string} path
         * @memberof WebSocketProtos.WebSocketRequestMessage
         * @instance
         */
        WebSocketRequestMessage.prototype.path = "";

        /**
         * WebSocketRequestMessage body.
         * @member {Uint8Array} body
         * @memberof WebSocketProtos.WebSocketRequestMessage
         * @instance
         */
        WebSocketRequestMessage.prototype.body = $util.newBuffer([]);

        /**
         * WebSocketRequestMessage id.
         * @member {number} id
         * @memberof WebSocketProtos.WebSocketRequestMessage
         * @instance
         */
        WebSocketRequestMessage.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        /**
         * WebSocketRequestMessage headers.
         * @member {Array.<string>} headers
         * @memberof WebSocketProtos.WebSocketRequestMessage
         * @instance
         */
        WebSocketRequestMessage.prototype.headers = $util.emptyArray;

        /**
         * Creates a new WebSocketRequestMessage instance using the specified properties.
         * @function create
         * @memberof WebSocketProtos.WebSocketRequestMessage
         * @static
         * @param {WebSocketProtos.WebSocketRequestMessage.$Properties=} [properties] Properties to set
         * @returns {WebSocketProtos.WebSocketRequestMessage} WebSocketRequestMessage instance
         * @type {{
         *   (properties: WebSocketProtos.WebSocketRequestMessage.$Shape): WebSocketProtos.WebSocketRequestMessage & WebSocketProtos.WebSocketRequestMessage.$Shape;
         *   (properties?: WebSocketProtos.WebSocketRequestMessage.$Properties): WebSocketProtos.WebSocketRequestMessage;
         * }}
         */
        WebSocketRequestMessage.create = function(properties) {
            return new WebSocketRequestMessage(properties);
        };

        /**
         * Encodes the specified WebSocketRequestMessage message. Does not implicitly {@link WebSocketProtos.WebSocketRequestMessage.verify|verify} messages.
         * @function encode
         * @memberof WebSocketProtos.WebSocketRequestMessage
         * @static
         * @param {WebSocketProtos.WebSocketRequestMessage.$Properties} m WebSocketRequestMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebSocketRequestMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.verb != null && $Object.hasOwnProperty.call(m, "verb"))
                w.uint32(/* id 1, wireType 2 =*/10).string(m.verb);
            if (m.path != null && $Object.hasOwnProperty.call(m, "path"))
                w.uint32(/* id 2, wireType 2 =*/18).string(m.path);
            if (m.body != null && $Object.hasOwnProperty.call(m, "body"))
                w.uint32(/* id 3, wireType 2 =*/26).bytes(m.body);
            if (m.id != null && $Object.hasOwnProperty.call(m, "id"))
                w.uint32(/* id 4, wireType 0 =*/32).uint64(m.id);
            if (m.headers != null && m.headers.length) {
                for (var i = 0; i < m.headers.length; ++i)
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.headers[i]);
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a WebSocketRequestMessage message from the specified reader or buffer.
         * @function decode
         * @memberof WebSocketProtos.WebSocketRequestMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {WebSocketProtos.WebSocketRequestMessage & WebSocketProtos.WebSocketRequestMessage.$Shape} WebSocketRequestMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebSocketRequestMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.WebSocketProtos.WebSocketRequestMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.verb = r.string();
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.path = r.string();
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.body = r.bytes();
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        m.id = r.uint64();
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if (!(m.headers && m.headers.length))
                            m.headers = [];
                        m.headers.push(r.string());
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        return WebSocketRequestMessage;
    })();

    WebSocketProtos.WebSocketMessage = (function() {

        /**
         * Properties of a WebSocketMessage.
         * @typedef {Object} WebSocketProtos.WebSocketMessage.$Properties
         * @property {WebSocketProtos.WebSocketMessage.Type|null} [type] WebSocketMessage type
         * @property {WebSocketProtos.WebSocketRequestMessage.$Properties|null} [request] WebSocketMessage request
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a WebSocketMessage.
         * @memberof WebSocketProtos
         * @interface IWebSocketMessage
         * @augments WebSocketProtos.WebSocketMessage.$Properties
         * @deprecated Use WebSocketProtos.WebSocketMessage.$Properties instead.
         */

        /**
         * Shape of a WebSocketMessage.
         * @typedef {WebSocketProtos.WebSocketMessage.$Properties} WebSocketProtos.WebSocketMessage.$Shape
         */

        /**
         * Constructs a new WebSocketMessage.
         * @memberof WebSocketProtos
         * @classdesc Represents a WebSocketMessage.
         * @constructor
         * @param {WebSocketProtos.WebSocketMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const WebSocketMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        };

        /**
         * WebSocketMessage type.
         * @member {WebSocketProtos.WebSocketMessage.Type} type
         * @memberof WebSocketProtos.WebSocketMessage
         * @instance
         */
        WebSocketMessage.prototype.type = 0;

        /**
         * WebSocketMessage request.
         * @member {WebSocketProtos.WebSocketRequestMessage.$Properties|null|undefined} request
         * @memberof WebSocketProtos.WebSocketMessage
         * @instance
         */
        WebSocketMessage.prototype.request = null;

        /**
         * Creates a new WebSocketMessage instance using the specified properties.
         * @function create
         * @memberof WebSocketProtos.WebSocketMessage
         * @static
         * @param {WebSocketProtos.WebSocketMessage.$Properties=} [properties] Properties to set
         * @returns {WebSocketProtos.WebSocketMessage} WebSocketMessage instance
         * @type {{
         *   (properties: WebSocketProtos.WebSocketMessage.$Shape): WebSocketProtos.WebSocketMessage & WebSocketProtos.WebSocketMessage.$Shape;
         *   (properties?: WebSocketProtos.WebSocketMessage.$Properties): WebSocketProtos.WebSocketMessage;
         * }}
         */
        WebSocketMessage.create = function(properties) {
            return new WebSocketMessage(properties);
        };

        /**
         * Encodes the specified WebSocketMessage message. Does not implicitly {@link WebSocketProtos.WebSocketMessage.verify|verify} messages.
         * @function encode
         * @memberof WebSocketProtos.WebSocketMessage
         * @static
         * @param {WebSocketProtos.WebSocketMessage.$Properties} m WebSocketMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        WebSocketMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.type != null && $Object.hasOwnProperty.call(m, "type"))
                w.uint32(/* id 1, wireType 0 =*/8).int32(m.type);
            if (m.request != null && $Object.hasOwnProperty.call(m, "request"))
                $root.WebSocketProtos.WebSocketRequestMessage.encode(m.request, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a WebSocketMessage message from the specified reader or buffer.
         * @function decode
         * @memberof WebSocketProtos.WebSocketMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {WebSocketProtos.WebSocketMessage & WebSocketProtos.WebSocketMessage.$Shape} WebSocketMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        WebSocketMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.WebSocketProtos.WebSocketMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        v = r.int32();
                        if ($root.WebSocketProtos.WebSocketMessage.Type[v] !== $undefined) {
                            m.type = v;
                        } else if (!r.discardUnknown) {
                            $util.makeProp(m, "$unknowns", false);
                            (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.request = $root.WebSocketProtos.WebSocketRequestMessage.decode(r, r.size(), $undefined, q + 1, m.request);
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Type enum.
         * @name WebSocketProtos.WebSocketMessage.Type
         * @enum {number}
         * @property {number} UNKNOWN=0 UNKNOWN value
         * @property {number} REQUEST=1 REQUEST value
         * @property {number} RESPONSE=2 RESPONSE value
         */
        WebSocketMessage.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "REQUEST"] = 1;
            values[valuesById[2] = "RESPONSE"] = 2;
            return values;
        })();

        return WebSocketMessage;
    })();

    return WebSocketProtos;
})();

export {
  $root as default
};
