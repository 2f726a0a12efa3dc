<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('tags', function (Blueprint $table) {
            $table->dropTimestamps(); // mg:expect
            $table->dropSoftDeletes(); // mg:expect
        });
    }

    public function down(): void
    {
        // restored by hand from the backup
        Schema::table('users', fn (Blueprint $table) => $table->string('placeholder')->nullable());
    }
};
